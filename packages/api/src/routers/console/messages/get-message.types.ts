import { z } from 'zod';
import { ZConsoleMessage } from '../../../services/messages/message-shapes';
import { zId } from '../../../validation';
import { route } from '../../meta';

export const getMessageMeta = route({ method: 'GET', path: '/apps/{app_id}/messages/{message_id}', tags: ['Logs'], summary: 'One message of the app in detail' });
export const ZGetMessageRequest = z.object({ app_id: zId, message_id: zId });
export const ZGetMessageResponse = ZConsoleMessage;
