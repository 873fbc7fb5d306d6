import { type OpenApiMethod } from 'trpc-to-openapi';
import { webAppScope } from '../../../services/conversations/end-user-scope';
import { pinConversation, unpinConversation } from '../../../services/conversations/pinned-conversations';
import { chatPassportProcedure } from '../app-mode-procedures';
import { pinConversationMeta, unpinConversationMeta, ZPinConversationRequest, ZPinConversationResponse } from './pin-conversation.types';

const pinWith = (method: OpenApiMethod) =>
  chatPassportProcedure
    .meta(pinConversationMeta(method))
    .input(ZPinConversationRequest)
    .output(ZPinConversationResponse)
    .mutation(async ({ ctx, input }) => {
      await pinConversation(ctx.deps, webAppScope(ctx.passport), input.conversation_id);
      return { result: 'success' as const };
    });

const unpinWith = (method: OpenApiMethod) =>
  chatPassportProcedure
    .meta(unpinConversationMeta(method))
    .input(ZPinConversationRequest)
    .output(ZPinConversationResponse)
    .mutation(async ({ ctx, input }) => {
      await unpinConversation(ctx.deps, webAppScope(ctx.passport), input.conversation_id);
      return { result: 'success' as const };
    });

export const pinConversationProcedure = pinWith('PATCH');
export const pinConversationPostProcedure = pinWith('POST');
export const unpinConversationProcedure = unpinWith('PATCH');
export const unpinConversationPostProcedure = unpinWith('POST');
