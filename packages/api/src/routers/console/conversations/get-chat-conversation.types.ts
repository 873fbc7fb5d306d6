import { ZChatConversationDetail } from '../../../services/conversations/console-conversation-shapes';
import { route } from '../../meta';
import { ZLoggedConversationPath } from './conversation-log.schemas';

export const getChatConversationMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/chat-conversations/{conversation_id}',
  tags: ['Logs'],
  summary: 'A chat conversation of the logs: message count, configuration it ran with, annotations, feedback; marks it read',
});
export const ZGetChatConversationRequest = ZLoggedConversationPath;
export const ZGetChatConversationResponse = ZChatConversationDetail;
