import { z } from 'zod';
import { RESULT_SUCCESS, zId } from '../../../validation';
import { route } from '../../meta';

export const saveMessageMeta = route({ method: 'POST', path: '/saved-messages', tags: ['Saved messages'], summary: "Keep one of the visitor's answers" });
export const ZSaveMessageRequest = z.object({ message_id: zId });
export const ZSaveMessageResponse = RESULT_SUCCESS;
