import type { CredentialFormOption, CredentialFormSchema, FormShowOn, I18n, ModelType } from '../types';

/** The pseudo-variable Dify's forms use to show a field only for some model types. */
export const MODEL_TYPE_VARIABLE = '__model_type';

/** Dify shows a field only when every show_on entry holds, so a field can name one model type at most. */
export const onModelType = (type: ModelType): FormShowOn[] => [{ variable: MODEL_TYPE_VARIABLE, value: type }];

type FieldExtras = Partial<Omit<CredentialFormSchema, 'variable' | 'label' | 'type'>>;

const i18n = (en_US: string, zh_Hans: string): I18n => ({ en_US, zh_Hans });

export function secretField(variable: string, label: I18n, extras: FieldExtras = {}): CredentialFormSchema {
  return { variable, label, type: 'secret-input', required: true, ...extras };
}

export function textField(variable: string, label: I18n, extras: FieldExtras = {}): CredentialFormSchema {
  return { variable, label, type: 'text-input', required: false, ...extras };
}

export function selectField(
  variable: string,
  label: I18n,
  options: CredentialFormOption[],
  extras: FieldExtras = {},
): CredentialFormSchema {
  return { variable, label, type: 'select', required: true, options, ...extras };
}

export function radioField(
  variable: string,
  label: I18n,
  options: CredentialFormOption[],
  extras: FieldExtras = {},
): CredentialFormSchema {
  return { variable, label, type: 'radio', required: false, options, ...extras };
}

export const option = (value: string, en_US: string, zh_Hans: string, show_on?: FormShowOn[]): CredentialFormOption =>
  show_on ? { value, label: i18n(en_US, zh_Hans), show_on } : { value, label: i18n(en_US, zh_Hans) };

export const apiKeyField = (variable: string): CredentialFormSchema =>
  secretField(variable, i18n('API Key', 'API Key'), {
    placeholder: i18n('Enter your API Key', '在此输入您的 API Key'),
  });

export { i18n };
