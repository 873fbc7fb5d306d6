import { z } from 'zod';
import { RESULT_SUCCESS, zId } from '../../../../validation';
import { route } from '../../../meta';
import { zCredentialName, zCredentials, zProvider } from '../schemas/inputs.schemas';

export const updateCredentialMeta = route({
  method: 'PUT',
  path: '/workspaces/current/model-providers/{provider}/credentials',
  tags: ['Model Providers'],
  summary: 'Change a provider credential; secrets sent back masked or as [__HIDDEN__] keep their values (admin/owner)',
});
export const ZUpdateCredentialRequest = z.object({ provider: zProvider, credential_id: zId, credentials: zCredentials, name: zCredentialName });
export const ZUpdateCredentialResponse = RESULT_SUCCESS;
