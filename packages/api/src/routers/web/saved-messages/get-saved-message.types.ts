import { z } from 'zod';
import { ZSavedMessage } from '../../../services/messages/message-shapes';
import { zId } from '../../../validation';
import { route } from '../../meta';

export const getSavedMessageMeta = route({ method: 'GET', path: '/saved-messages/{message_id}', tags: ['Saved messages'], summary: 'One answer the visitor kept' });
export const ZSavedMessagePath = z.object({ message_id: zId });
export const ZGetSavedMessageResponse = ZSavedMessage;
