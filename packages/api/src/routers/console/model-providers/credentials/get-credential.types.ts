import { z } from 'zod';
import { zId } from '../../../../validation';
import { route } from '../../../meta';
import { zProvider } from '../schemas/inputs.schemas';

export const getCredentialMeta = route({
  method: 'GET',
  path: '/workspaces/current/model-providers/{provider}/credentials',
  tags: ['Model Providers'],
  summary: "A provider credential (the active one unless credential_id is given), secret fields masked",
});
export const ZGetCredentialRequest = z.object({ provider: zProvider, credential_id: zId.optional() });
export const ZGetCredentialResponse = z.object({ credentials: z.record(z.string(), z.unknown()).nullable() });
