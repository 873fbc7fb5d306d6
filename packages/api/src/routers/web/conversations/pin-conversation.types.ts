import { type OpenApiMethod } from 'trpc-to-openapi';
import { RESULT_SUCCESS } from '../../../validation';
import { ZConversationPath } from '../../end-user-inputs.schemas';
import { route } from '../../meta';

/** Dify's web app pins with PATCH; its endpoint list names POST. Both are served. */
export const pinConversationMeta = (method: OpenApiMethod) =>
  route({ method, path: '/conversations/{conversation_id}/pin', tags: ['Conversations'], summary: "Pin one of the visitor's conversations" });
export const unpinConversationMeta = (method: OpenApiMethod) =>
  route({ method, path: '/conversations/{conversation_id}/unpin', tags: ['Conversations'], summary: "Unpin one of the visitor's conversations" });
export const ZPinConversationRequest = ZConversationPath;
export const ZPinConversationResponse = RESULT_SUCCESS;
