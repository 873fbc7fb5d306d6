import { route } from '../../../meta';
import { ZModelAddress } from '../schemas/inputs.schemas';

export const removeModelMeta = route({
  method: 'DELETE',
  path: '/workspaces/current/model-providers/{provider}/models',
  tags: ['Model Providers'],
  summary: 'Remove a custom model and its credentials (admin/owner)',
  successDescription: 'Deleted (HTTP 204)',
});
export const ZRemoveModelRequest = ZModelAddress;
