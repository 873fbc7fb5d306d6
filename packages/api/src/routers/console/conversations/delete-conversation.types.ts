import { route } from '../../meta';
import { ZLoggedConversationPath } from './conversation-log.schemas';

const deleteMeta = (kind: 'chat' | 'completion') =>
  route({
    method: 'DELETE',
    path: `/apps/{app_id}/${kind}-conversations/{conversation_id}`,
    tags: ['Logs'],
    summary: `Delete a ${kind} conversation from the logs and from its owner's list`,
    successDescription: 'Deleted (HTTP 204)',
  });

export const deleteChatConversationMeta = deleteMeta('chat');
export const deleteCompletionConversationMeta = deleteMeta('completion');
export const ZDeleteConversationRequest = ZLoggedConversationPath;
