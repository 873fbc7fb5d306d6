import { z } from 'zod';
import { ZSimpleConversation } from '../../../services/conversations/simple-conversation';
import { CONVERSATION_SORTS } from '../../../services/conversations/list-conversations';
import { zScrollOf, zCursorId, zScrollLimit } from '../../../paging';
import { route } from '../../meta';
import { zUser } from '../service-user.schemas';

export const listConversationsMeta = route({
  method: 'GET',
  path: '/conversations',
  tags: ['Conversations'],
  summary: "The end user's conversations through the Service API; `last_id` pages on the sort field",
});
export const ZListConversationsRequest = z.object({
  user: zUser,
  last_id: zCursorId,
  limit: zScrollLimit,
  sort_by: z.enum(CONVERSATION_SORTS).default('-updated_at'),
});
export const ZListConversationsResponse = zScrollOf(ZSimpleConversation);
