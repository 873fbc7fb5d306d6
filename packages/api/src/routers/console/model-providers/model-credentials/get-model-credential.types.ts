import { z } from 'zod';
import { zId } from '../../../../validation';
import { route } from '../../../meta';
import { ZModelAddress } from '../schemas/inputs.schemas';
import { ZCredentialRef } from '../schemas/provider.schemas';

export const getModelCredentialMeta = route({
  method: 'GET',
  path: '/workspaces/current/model-providers/{provider}/models/credentials',
  tags: ['Model Providers'],
  summary: "A custom model's credential (its active one unless credential_id is given), secret fields masked",
});
export const ZGetModelCredentialRequest = ZModelAddress.extend({ credential_id: zId.optional(), config_from: z.string().max(40).optional() });
export const ZGetModelCredentialResponse = z.object({
  credentials: z.record(z.string(), z.unknown()),
  current_credential_id: z.string().nullable(),
  current_credential_name: z.string().nullable(),
  load_balancing: z.object({ enabled: z.boolean(), configs: z.array(z.unknown()) }),
  available_credentials: z.array(ZCredentialRef),
});
