import type { CredentialFormSchema } from '../../types';
import { i18n, onModelType, option, secretField, selectField, textField } from '../forms';

export const endpointUrlField = (required: boolean): CredentialFormSchema =>
  textField('endpoint_url', i18n('API endpoint URL', 'API endpoint URL'), {
    required,
    placeholder: i18n('Base URL, e.g. https://api.openai.com/v1', 'Base URL，如：https://api.openai.com/v1'),
  });

export const apiKeyField: CredentialFormSchema = secretField('api_key', i18n('API Key', 'API Key'), {
  required: false,
  placeholder: i18n('Enter your API Key', '在此输入您的 API Key'),
});

const llmSelect = (variable: string, label: string, zhLabel: string, options: [string, string, string][]) =>
  selectField(
    variable,
    i18n(label, zhLabel),
    options.map(([value, en, zh]) => option(value, en, zh)),
    { required: false, default: options[0]?.[0], show_on: onModelType('llm') },
  );

const MODES = [option('chat', 'Chat', '对话'), option('completion', 'Completion', '补全')];

const supportOptions = (yes: string, no: string): [string, string, string][] => [
  [no, 'Not Support', '不支持'],
  [yes, 'Support', '支持'],
];

const priceField = (variable: string, en: string, zh: string, placeholder: string) =>
  textField(variable, i18n(en, zh), { placeholder: i18n(placeholder, placeholder) });

/** Dify's field names, so credentials carried over from Dify keep working. */
export const MODEL_FIELDS: CredentialFormSchema[] = [
  endpointUrlField(false),
  apiKeyField,
  textField('endpoint_model_name', i18n('API endpoint model name', 'API endpoint 中的模型名称'), {
    placeholder: i18n('Defaults to the model name', '默认与模型名称相同'),
  }),
  selectField('mode', i18n('Completion mode', '补全模式'), MODES, { default: 'chat', show_on: onModelType('llm') }),
  textField('context_size', i18n('Model context size', '模型上下文长度'), { required: true, default: '4096' }),
  textField('max_tokens_to_sample', i18n('Upper bound for max tokens', '最大 token 上限'), {
    default: '4096',
    show_on: onModelType('llm'),
  }),
  llmSelect('function_calling_type', 'Function calling', '函数调用', [
    ['no_call', 'Not Support', '不支持'],
    ['function_call', 'Function Call', 'Function Call'],
    ['tool_call', 'Tool Call', 'Tool Call'],
  ]),
  llmSelect(
    'stream_function_calling',
    'Stream function calling',
    '流式函数调用',
    supportOptions('supported', 'not_supported'),
  ),
  llmSelect('vision_support', 'Vision Support', '视觉支持', supportOptions('support', 'no_support')),
  llmSelect('structured_output_support', 'Structured Output', '结构化输出', supportOptions('supported', 'not_supported')),
  textField('voices', i18n('Available Voices (comma-separated)', '可用声音（用英文逗号分隔）'), {
    default: 'alloy',
    show_on: onModelType('tts'),
  }),
  priceField('input_price', 'Input price', '输入单价', 'e.g. 0.15'),
  priceField('output_price', 'Output price', '输出单价', 'e.g. 0.60'),
  priceField('unit', 'Price unit', '价格单位', 'e.g. 0.000001 (per token, priced per million)'),
  priceField('currency', 'Currency', '货币', 'e.g. USD'),
];
