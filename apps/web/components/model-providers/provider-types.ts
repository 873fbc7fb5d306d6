import { type CredentialRef, type FormSchema, type I18nText } from './types';

export interface CustomModelConfig {
  model: string;
  model_type: string;
  current_credential_id?: string | null;
  current_credential_name?: string | null;
}

export interface ProviderResponse {
  provider: string;
  label: I18nText;
  description?: I18nText | null;
  icon_small?: I18nText | null;
  supported_model_types: string[];
  configurate_methods: string[];
  provider_credential_schema?: { credential_form_schemas: FormSchema[] } | null;
  model_credential_schema?: {
    model: { label: I18nText; placeholder?: I18nText | null };
    credential_form_schemas: FormSchema[];
  } | null;
  custom_configuration: {
    status: string;
    current_credential_id?: string | null;
    current_credential_name?: string | null;
    available_credentials?: CredentialRef[] | null;
    custom_models?: CustomModelConfig[] | null;
  };
}

export interface ModelEntry {
  model: string;
  label: I18nText;
  model_type: string;
  features?: string[] | null;
  fetch_from: string;
  model_properties?: { context_size?: number | null; mode?: string | null } | null;
  deprecated?: boolean;
  status: string;
}

export interface ProviderWithModels {
  provider: string;
  label: I18nText;
  icon_small?: I18nText | null;
  status: string;
  models: ModelEntry[];
}
