import { route } from '../../meta';
import { ZConversationPath } from '../../end-user-inputs.schemas';
import { zUser } from '../service-user.schemas';

export const deleteConversationMeta = route({
  method: 'DELETE',
  path: '/conversations/{conversation_id}',
  tags: ['Conversations'],
  summary: "Delete one of the end user's conversations (another user's is 404)",
  successDescription: 'Deleted (HTTP 204)',
});
export const ZDeleteConversationRequest = ZConversationPath.extend({ user: zUser });
