import { z } from 'zod';
import { ZWebMessage } from '../../../services/messages/message-shapes';
import { zId } from '../../../validation';
import { zScrollOf, zCursorId, zScrollLimit } from '../../../paging';
import { route } from '../../meta';

export const listMessagesMeta = route({
  method: 'GET',
  path: '/messages',
  tags: ['Messages'],
  summary: "A page of one of the visitor's conversations, newest page first, oldest first within it",
});
export const ZListMessagesRequest = z.object({ conversation_id: zId, first_id: zCursorId, limit: zScrollLimit });
export const ZListMessagesResponse = zScrollOf(ZWebMessage);
