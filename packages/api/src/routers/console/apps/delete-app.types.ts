import { route } from '../../meta';
import { ZAppIdInput } from './app.schemas';

export const deleteAppMeta = route({
  method: 'DELETE',
  path: '/apps/{app_id}',
  tags: ['Apps'],
  summary: 'Delete an app, its site, API keys and tag bindings',
  successDescription: 'Deleted (HTTP 204)',
});
export const ZDeleteAppRequest = ZAppIdInput;
