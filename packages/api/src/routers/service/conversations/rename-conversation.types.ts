import { ZSimpleConversation } from '../../../services/conversations/simple-conversation';
import { route } from '../../meta';
import { nameUnlessGenerated, renameFields, ZConversationPath } from '../../end-user-inputs.schemas';
import { zUser } from '../service-user.schemas';

export const renameConversationMeta = route({
  method: 'POST',
  path: '/conversations/{conversation_id}/name',
  tags: ['Conversations'],
  summary: "Rename one of the end user's conversations, or have the app's model name it",
});
export const ZRenameConversationRequest = ZConversationPath.extend({ ...renameFields, user: zUser }).refine(...nameUnlessGenerated);
export const ZRenameConversationResponse = ZSimpleConversation;
