import { z } from 'zod';
import { ZConversationVariable } from '../../../services/conversations/conversation-variables';
import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZConversationPath } from '../../end-user-inputs.schemas';
import { zUser } from '../service-user.schemas';

export const updateConversationVariableMeta = route({
  method: 'PUT',
  path: '/conversations/{conversation_id}/variables/{variable_id}',
  tags: ['Conversations'],
  summary: "Set a variable of one of the end user's conversations",
});
export const ZUpdateConversationVariableRequest = ZConversationPath.extend({
  variable_id: zId,
  value: z.unknown(),
  user: zUser,
});
export const ZUpdateConversationVariableResponse = ZConversationVariable;
