import { z } from 'zod';
import { ZChatConversationPage } from '../../../services/conversations/console-conversation-shapes';
import { route } from '../../meta';
import { chatLogFields, logFilterFields } from './conversation-log.schemas';

export const listChatConversationsMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/chat-conversations',
  tags: ['Logs'],
  summary: "A chat app's conversations for its logs: keyword, time window in the operator's zone, annotation status, message count",
});
export const ZListChatConversationsRequest = z.object({ ...logFilterFields, ...chatLogFields });
export const ZListChatConversationsResponse = ZChatConversationPage;
