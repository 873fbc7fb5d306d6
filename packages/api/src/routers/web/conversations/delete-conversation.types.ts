import { ZConversationPath } from '../../end-user-inputs.schemas';
import { route } from '../../meta';

export const deleteConversationMeta = route({
  method: 'DELETE',
  path: '/conversations/{conversation_id}',
  tags: ['Conversations'],
  summary: "Delete one of the visitor's conversations",
  successDescription: 'Deleted (HTTP 204)',
});
export const ZDeleteConversationRequest = ZConversationPath;
