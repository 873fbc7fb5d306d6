import { type RouterOutputs } from '@/lib/trpc';

type Outputs = RouterOutputs['modelProviders'];

export type ProviderResponse = Outputs['list']['data'][number];
export type ModelEntry = Outputs['models']['list']['data'][number];
export type ProviderWithModels = Outputs['models']['listByType']['data'][number];
export type I18nText = ProviderResponse['label'];
export type CredentialRef = NonNullable<ProviderResponse['custom_configuration']['available_credentials']>[number];
export type FormSchema = NonNullable<ProviderResponse['provider_credential_schema']>['credential_form_schemas'][number];
export type FormOption = NonNullable<FormSchema['options']>[number];
export type ShowOn = NonNullable<FormSchema['show_on']>[number];
