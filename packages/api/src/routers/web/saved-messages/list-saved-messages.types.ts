import { z } from 'zod';
import { ZSavedMessage } from '../../../services/messages/message-shapes';
import { zScrollOf, zCursorId, zScrollLimit } from '../../../paging';
import { route } from '../../meta';

export const listSavedMessagesMeta = route({
  method: 'GET',
  path: '/saved-messages',
  tags: ['Saved messages'],
  summary: 'Completion answers the visitor kept, newest first',
});
export const ZListSavedMessagesRequest = z.object({ last_id: zCursorId, limit: zScrollLimit });
export const ZListSavedMessagesResponse = zScrollOf(ZSavedMessage);
