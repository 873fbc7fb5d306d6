import { listConversationVariables } from '../../../services/conversations/conversation-variables';
import { serviceApiScope } from '../../../services/conversations/end-user-scope';
import { chatAppKeyProcedure } from '../chat-app-procedure';
import {
  listConversationVariablesMeta,
  ZListConversationVariablesRequest,
  ZListConversationVariablesResponse,
} from './list-conversation-variables.types';

export const listConversationVariablesProcedure = chatAppKeyProcedure
  .meta(listConversationVariablesMeta)
  .input(ZListConversationVariablesRequest)
  .output(ZListConversationVariablesResponse)
  .query(async ({ ctx, input }) => {
    const scope = await serviceApiScope(ctx.deps, ctx.app, input.user, { required: false });
    return listConversationVariables(ctx.deps, scope, input.conversation_id, { lastId: input.last_id, limit: input.limit });
  });
