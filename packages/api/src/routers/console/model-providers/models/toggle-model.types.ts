import { RESULT_SUCCESS } from '../../../../validation';
import { route } from '../../../meta';
import { ZModelAddress } from '../schemas/inputs.schemas';

export const enableModelMeta = route({
  method: 'PATCH',
  path: '/workspaces/current/model-providers/{provider}/models/enable',
  tags: ['Model Providers'],
  summary: 'Turn a model on for the workspace (admin/owner)',
});
export const disableModelMeta = route({
  method: 'PATCH',
  path: '/workspaces/current/model-providers/{provider}/models/disable',
  tags: ['Model Providers'],
  summary: 'Turn a model off for the workspace: it is listed as disabled and cannot be called (admin/owner)',
});
export const ZToggleModelRequest = ZModelAddress;
export const ZToggleModelResponse = RESULT_SUCCESS;
