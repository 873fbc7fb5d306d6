import { z } from 'zod';
import { route } from '../../../meta';
import { zModelTypeName } from '../schemas/catalog.schemas';
import { zModelType } from '../schemas/inputs.schemas';
import { ZSimpleProvider } from '../schemas/models.schemas';

export const getDefaultModelMeta = route({
  method: 'GET',
  path: '/workspaces/current/default-model',
  tags: ['Model Providers'],
  summary: "The workspace's default model of a type: the one chosen, else the first usable one; null when there is none",
});
export const ZGetDefaultModelRequest = z.object({ model_type: zModelType });
export const ZGetDefaultModelResponse = z.object({
  data: z.object({ model: z.string(), model_type: zModelTypeName, provider: ZSimpleProvider }).nullable(),
});
