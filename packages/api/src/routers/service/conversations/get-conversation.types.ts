import { ZSimpleConversation } from '../../../services/conversations/simple-conversation';
import { route } from '../../meta';
import { ZConversationPath } from '../../end-user-inputs.schemas';
import { zUser } from '../service-user.schemas';

export const getConversationMeta = route({
  method: 'GET',
  path: '/conversations/{conversation_id}',
  tags: ['Conversations'],
  summary: "One of the end user's conversations",
});
export const ZGetConversationRequest = ZConversationPath.extend({ user: zUser });
export const ZGetConversationResponse = ZSimpleConversation;
