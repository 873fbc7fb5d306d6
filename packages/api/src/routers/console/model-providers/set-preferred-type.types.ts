import { z } from 'zod';
import { RESULT_SUCCESS } from '../../../validation';
import { route } from '../../meta';
import { zProvider } from './schemas/inputs.schemas';

export const setPreferredTypeMeta = route({
  method: 'POST',
  path: '/workspaces/current/model-providers/{provider}/preferred-provider-type',
  tags: ['Model Providers'],
  summary: "Choose the provider's credentials source; Tessera hosts no system quota, so `system` changes nothing (admin/owner)",
});
export const ZSetPreferredTypeRequest = z.object({ provider: zProvider, preferred_provider_type: z.enum(['system', 'custom']) });
export const ZSetPreferredTypeResponse = RESULT_SUCCESS;
