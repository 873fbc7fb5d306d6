import { updateConversationVariable } from '../../../services/conversations/conversation-variables';
import { serviceApiScope } from '../../../services/conversations/end-user-scope';
import { chatAppKeyProcedure } from '../chat-app-procedure';
import {
  updateConversationVariableMeta,
  ZUpdateConversationVariableRequest,
  ZUpdateConversationVariableResponse,
} from './update-conversation-variable.types';

export const updateConversationVariableProcedure = chatAppKeyProcedure
  .meta(updateConversationVariableMeta)
  .input(ZUpdateConversationVariableRequest)
  .output(ZUpdateConversationVariableResponse)
  .mutation(async ({ ctx, input }) => {
    const scope = await serviceApiScope(ctx.deps, ctx.app, input.user, { required: false });
    return updateConversationVariable(ctx.deps, scope, input.conversation_id);
  });
