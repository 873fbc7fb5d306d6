import { z } from 'zod';
import { stopOwnTask } from '../../../../services/generation/task-access';
import { authedProcedure } from '../../../../trpc';
import { RESULT_SUCCESS } from '../../../../validation';
import { route } from '../../../meta';
import { debugTarget } from './debug-app';

const ZStopDebugTask = z.object({ app_id: z.string(), task_id: z.string() });

const stopFor = (kind: 'chat-messages' | 'completion-messages') =>
  authedProcedure
    .meta(
      route({
        method: 'POST',
        path: `/apps/{app_id}/${kind}/{task_id}/stop`,
        tags: ['App debugging'],
        summary: 'Stop a debug answer',
        description: 'Stops it within a second, wherever it runs; the partial answer is kept. Always answers success.',
      }),
    )
    .input(ZStopDebugTask)
    .output(RESULT_SUCCESS)
    .mutation(async ({ ctx, input }) => {
      const { app, owner } = await debugTarget(ctx.deps, ctx.actor, input.app_id);
      await stopOwnTask(ctx.deps, app, owner, input.task_id);
      return { result: 'success' as const };
    });

export const stopDebugChatProcedure = stopFor('chat-messages');
export const stopDebugCompletionProcedure = stopFor('completion-messages');
