import { z } from 'zod';
import { ZCompletionConversationPage } from '../../../services/conversations/console-conversation-shapes';
import { route } from '../../meta';
import { logFilterFields } from './conversation-log.schemas';

export const listCompletionConversationsMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/completion-conversations',
  tags: ['Logs'],
  summary: "A completion app's runs for its logs, newest first: keyword, time window in the operator's zone, annotation status",
});
export const ZListCompletionConversationsRequest = z.object(logFilterFields);
export const ZListCompletionConversationsResponse = ZCompletionConversationPage;
