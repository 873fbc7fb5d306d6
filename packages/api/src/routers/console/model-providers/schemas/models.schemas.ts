import { z } from 'zod';
import { ZI18n, ZIconUrls, ZModelProperties, zModelTypeName } from './catalog.schemas';

export const zModelStatus = z.enum(['active', 'no-configure', 'disabled']);

/** Dify's SimpleProviderEntityResponse. */
export const ZSimpleProvider = z
  .object({
    tenant_id: z.string(),
    provider: z.string(),
    label: ZI18n,
    icon_small: ZIconUrls,
    icon_large: ZIconUrls,
    supported_model_types: z.array(zModelTypeName),
    models: z.array(z.unknown()),
  })
  .meta({ id: 'SimpleProvider' });

/** Dify's ModelResponse (ProviderModelWithStatusEntity). */
export const ZModelResponse = z
  .object({
    model: z.string(),
    label: ZI18n,
    model_type: zModelTypeName,
    features: z.array(z.string()),
    fetch_from: z.string(),
    model_properties: ZModelProperties,
    deprecated: z.boolean(),
    status: zModelStatus,
    load_balancing_enabled: z.boolean(),
    has_invalid_load_balancing_configs: z.boolean(),
  })
  .meta({ id: 'ModelResponse' });

/** Dify's ModelWithProviderEntityResponse. */
export const ZModelWithProvider = ZModelResponse.extend({ provider: ZSimpleProvider }).meta({ id: 'ModelWithProvider' });

/** Dify's ProviderWithModelsResponse. */
export const ZProviderWithModels = z
  .object({
    tenant_id: z.string(),
    provider: z.string(),
    label: ZI18n,
    icon_small: ZIconUrls,
    icon_large: ZIconUrls,
    status: z.enum(['active', 'no-configure']),
    models: z.array(ZModelResponse),
  })
  .meta({ id: 'ProviderWithModels' });
