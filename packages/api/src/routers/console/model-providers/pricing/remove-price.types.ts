import { route } from '../../../meta';
import { ZModelAddress } from '../schemas/inputs.schemas';

export const removePriceMeta = route({
  method: 'DELETE',
  path: '/workspaces/current/model-providers/{provider}/models/pricing',
  tags: ['Model Providers'],
  summary: "Tessera addition: drop the workspace's price for a model, back to the catalog's (admin/owner)",
  successDescription: 'Deleted (HTTP 204)',
});
export const ZRemovePriceRequest = ZModelAddress;
