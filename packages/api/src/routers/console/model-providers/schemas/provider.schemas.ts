import { z } from 'zod';
import { ZCredentialFormSchema, ZI18n, ZIconUrls, zModelTypeName } from './catalog.schemas';

export const ZCredentialRef = z.object({ credential_id: z.string(), credential_name: z.string() });

const ZCustomModelConfiguration = z.object({
  model: z.string(),
  model_type: z.string(),
  current_credential_id: z.string().nullable(),
  current_credential_name: z.string().nullable(),
  available_model_credentials: z.array(ZCredentialRef),
});

/** Dify's ProviderResponse. */
export const ZProviderResponse = z
  .object({
    tenant_id: z.string(),
    provider: z.string(),
    label: ZI18n,
    description: ZI18n.nullable(),
    icon_small: ZIconUrls,
    icon_large: ZIconUrls,
    background: z.string().nullable(),
    help: z.object({ title: ZI18n, url: ZI18n }).nullable(),
    supported_model_types: z.array(zModelTypeName),
    configurate_methods: z.array(z.string()),
    provider_credential_schema: z.object({ credential_form_schemas: z.array(ZCredentialFormSchema) }).nullable(),
    model_credential_schema: z
      .object({ model: z.object({ label: ZI18n, placeholder: ZI18n }), credential_form_schemas: z.array(ZCredentialFormSchema) })
      .nullable(),
    preferred_provider_type: z.enum(['custom', 'system']),
    custom_configuration: z.object({
      status: z.enum(['active', 'no-configure']),
      current_credential_id: z.string().nullable(),
      current_credential_name: z.string().nullable(),
      available_credentials: z.array(ZCredentialRef),
      custom_models: z.array(ZCustomModelConfiguration),
    }),
    system_configuration: z.object({ enabled: z.boolean(), current_quota_type: z.null(), quota_configurations: z.array(z.unknown()) }),
  })
  .meta({ id: 'ProviderResponse' });
