import { z } from 'zod';
import { route } from '../../meta';
import { RESULT_SUCCESS } from '../../../validation';

export const ZStopTaskRequest = z.object({
  task_id: z.string(),
  user: z.string().optional().describe('The end user who started the task'),
});
export const ZStopTaskResponse = RESULT_SUCCESS;

const description =
  'Stops the answer within a second, wherever it runs; the partial answer is kept with status `stopped` and the stream ends with `message_end`. Always answers success (an unknown or foreign task is left alone), as Dify does.';

export const stopChatMessageMeta = route({ method: 'POST', path: '/chat-messages/{task_id}/stop', tags: ['Chat'], summary: 'Stop a chat answer', description });
export const stopCompletionMessageMeta = route({
  method: 'POST',
  path: '/completion-messages/{task_id}/stop',
  tags: ['Completion'],
  summary: 'Stop a completion answer',
  description,
});
