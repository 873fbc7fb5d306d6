import { z } from 'zod';
import { ZServiceMessage } from '../../../services/messages/message-shapes';
import { zId } from '../../../validation';
import { zScrollOf, zCursorId, zScrollLimit } from '../../../paging';
import { route } from '../../meta';
import { zUser } from '../service-user.schemas';

export const listMessagesMeta = route({
  method: 'GET',
  path: '/messages',
  tags: ['Messages'],
  summary: "A page of one of the end user's conversations, newest page first, oldest first within it",
});
export const ZListMessagesRequest = z.object({
  /** Required; an empty one is an empty page, as in Dify. */
  conversation_id: z.union([z.literal(''), zId]),
  user: zUser,
  first_id: zCursorId,
  limit: zScrollLimit,
});
export const ZListMessagesResponse = zScrollOf(ZServiceMessage);
