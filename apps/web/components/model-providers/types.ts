/** The parts of Dify's model-provider responses this page reads; the server may send more. */
export interface I18nText {
  en_US: string;
  zh_Hans?: string | null;
}

export interface ShowOn {
  variable: string;
  value: string;
}

export interface FormOption {
  value: string;
  label: I18nText;
  show_on?: ShowOn[] | null;
}

export interface FormSchema {
  variable: string;
  label: I18nText;
  type: string;
  required: boolean;
  default?: string | number | boolean | null;
  options?: FormOption[] | null;
  placeholder?: I18nText | null;
  max_length?: number | null;
  show_on?: ShowOn[] | null;
}

export interface CredentialRef {
  credential_id: string;
  credential_name: string;
}
