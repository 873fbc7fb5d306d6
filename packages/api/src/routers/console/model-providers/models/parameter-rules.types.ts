import { z } from 'zod';
import { route } from '../../../meta';
import { ZParameterRule } from '../schemas/catalog.schemas';
import { zModelName, zProvider } from '../schemas/inputs.schemas';

export const parameterRulesMeta = route({
  method: 'GET',
  path: '/workspaces/current/model-providers/{provider}/models/parameter-rules',
  tags: ['Model Providers'],
  summary: "An LLM's parameter rules (temperature, max_tokens …); empty for an unknown model, as in Dify",
});
export const ZParameterRulesRequest = z.object({ provider: zProvider, model: zModelName });
export const ZParameterRulesResponse = z.object({ data: z.array(ZParameterRule) });
