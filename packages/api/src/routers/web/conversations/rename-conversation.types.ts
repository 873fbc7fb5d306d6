import { ZSimpleConversation } from '../../../services/conversations/simple-conversation';
import { nameUnlessGenerated, renameFields, ZConversationPath } from '../../end-user-inputs.schemas';
import { route } from '../../meta';

export const renameConversationMeta = route({
  method: 'POST',
  path: '/conversations/{conversation_id}/name',
  tags: ['Conversations'],
  summary: "Rename one of the visitor's conversations, or have the app's model name it",
});
export const ZRenameConversationRequest = ZConversationPath.extend(renameFields).refine(...nameUnlessGenerated);
export const ZRenameConversationResponse = ZSimpleConversation;
