import { z } from 'zod';
import { ZConsoleMessage } from '../../../services/messages/message-shapes';
import { zId } from '../../../validation';
import { zScrollOf, zCursorId, zScrollLimit } from '../../../paging';
import { route } from '../../meta';

export const listChatMessagesMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/chat-messages',
  tags: ['Logs'],
  summary: "A page of a logged conversation's messages in detail: tokens, latency, price, thoughts, every feedback, annotations",
});
export const ZListChatMessagesRequest = z.object({ app_id: zId, conversation_id: zId, first_id: zCursorId, limit: zScrollLimit });
export const ZListChatMessagesResponse = zScrollOf(ZConsoleMessage);
