import { ZCompletionConversationDetail } from '../../../services/conversations/console-conversation-shapes';
import { route } from '../../meta';
import { ZLoggedConversationPath } from './conversation-log.schemas';

export const getCompletionConversationMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/completion-conversations/{conversation_id}',
  tags: ['Logs'],
  summary: 'A completion run of the logs with its message in detail; marks it read',
});
export const ZGetCompletionConversationRequest = ZLoggedConversationPath;
export const ZGetCompletionConversationResponse = ZCompletionConversationDetail;
