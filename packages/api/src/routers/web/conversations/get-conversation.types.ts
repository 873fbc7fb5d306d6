import { ZSimpleConversation } from '../../../services/conversations/simple-conversation';
import { ZConversationPath } from '../../end-user-inputs.schemas';
import { route } from '../../meta';

export const getConversationMeta = route({ method: 'GET', path: '/conversations/{conversation_id}', tags: ['Conversations'], summary: "One of the visitor's conversations" });
export const ZGetConversationRequest = ZConversationPath;
export const ZGetConversationResponse = ZSimpleConversation;
