import { route } from '../../meta';
import { ZSavedMessagePath } from './get-saved-message.types';

export const deleteSavedMessageMeta = route({
  method: 'DELETE',
  path: '/saved-messages/{message_id}',
  tags: ['Saved messages'],
  summary: 'Forget a kept answer',
  successDescription: 'Forgotten (HTTP 204)',
});
export const ZDeleteSavedMessageRequest = ZSavedMessagePath;
