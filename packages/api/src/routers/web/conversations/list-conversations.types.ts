import { z } from 'zod';
import { CONVERSATION_SORTS } from '../../../services/conversations/list-conversations';
import { ZSimpleConversation } from '../../../services/conversations/simple-conversation';
import { zScrollOf, zCursorId, zScrollLimit } from '../../../paging';
import { route } from '../../meta';

export const listConversationsMeta = route({
  method: 'GET',
  path: '/conversations',
  tags: ['Conversations'],
  summary: "The visitor's conversations in this web app, optionally only the pinned ones or only the others",
});
export const ZListConversationsRequest = z.object({
  last_id: zCursorId,
  limit: zScrollLimit,
  pinned: z.enum(['true', 'false']).optional(),
  sort_by: z.enum(CONVERSATION_SORTS).default('-updated_at'),
});
export const ZListConversationsResponse = zScrollOf(ZSimpleConversation);
