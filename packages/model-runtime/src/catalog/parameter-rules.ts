import type { ParameterRule } from '../types';

/**
 * Dify's parameter templates (`use_template`). A model's rule starts from its template and overrides
 * only what differs for that vendor, and the served rule keeps `use_template` so clients can tell
 * standard knobs from vendor-specific ones.
 */
const TEMPLATES = {
  temperature: {
    label: { en_US: 'Temperature', zh_Hans: '温度' },
    type: 'float',
    help: {
      en_US:
        'Controls randomness. Lower temperature results in less random completions. As the temperature approaches zero, the model will become deterministic and repetitive. Higher temperature results in more random completions.',
      zh_Hans:
        '温度控制随机性。较低的温度会导致较少的随机完成。随着温度接近零，模型将变得确定性和重复性。较高的温度会导致更多的随机完成。',
    },
    required: false,
    default: 1,
    min: 0,
    max: 2,
    precision: 2,
  },
  top_p: {
    label: { en_US: 'Top P', zh_Hans: 'Top P' },
    type: 'float',
    help: {
      en_US: 'Controls diversity via nucleus sampling: 0.5 means half of all likelihood-weighted options are considered.',
      zh_Hans: '通过核心采样控制多样性：0.5 表示考虑了一半的所有可能性加权选项。',
    },
    required: false,
    default: 1,
    min: 0,
    max: 1,
    precision: 2,
  },
  top_k: {
    label: { en_US: 'Top K', zh_Hans: '取样数量' },
    type: 'int',
    help: {
      en_US: 'Limits the number of tokens to consider for each step by keeping only the k most likely tokens.',
      zh_Hans: '通过只保留每一步中最可能的 k 个标记来限制要考虑的标记数量。',
    },
    required: false,
    default: 50,
    min: 1,
    max: 100,
    precision: 0,
  },
  presence_penalty: {
    label: { en_US: 'Presence Penalty', zh_Hans: '存在惩罚' },
    type: 'float',
    help: {
      en_US: 'Applies a penalty to the log-probability of tokens already in the text.',
      zh_Hans: '对文本中已有的标记的对数概率施加惩罚。',
    },
    required: false,
    default: 0,
    min: -2,
    max: 2,
    precision: 2,
  },
  frequency_penalty: {
    label: { en_US: 'Frequency Penalty', zh_Hans: '频率惩罚' },
    type: 'float',
    help: {
      en_US: 'Applies a penalty to the log-probability of tokens that appear in the text.',
      zh_Hans: '对文本中出现的标记的对数概率施加惩罚。',
    },
    required: false,
    default: 0,
    min: -2,
    max: 2,
    precision: 2,
  },
  max_tokens: {
    label: { en_US: 'Max Tokens', zh_Hans: '最大标记' },
    type: 'int',
    help: {
      en_US:
        'Specifies the upper limit on the length of generated results. If the generated results are truncated, you can increase this parameter.',
      zh_Hans: '指定生成结果长度的上限。如果生成结果截断，可以调大该参数。',
    },
    required: false,
    default: 512,
    min: 1,
    max: 4096,
    precision: 0,
  },
  response_format: {
    label: { en_US: 'Response Format', zh_Hans: '回复格式' },
    type: 'string',
    help: {
      en_US: 'Specifying the format that the model must output.',
      zh_Hans: '指定模型必须输出的格式。',
    },
    required: false,
    options: ['text', 'json_object', 'json_schema'],
  },
  json_schema: {
    label: { en_US: 'JSON Schema', zh_Hans: 'JSON Schema' },
    type: 'text',
    help: {
      en_US: 'Set a response JSON schema; the model will adhere to it.',
      zh_Hans: '设置返回的 JSON Schema，模型将按照它返回。',
    },
    required: false,
  },
} satisfies Record<string, Omit<ParameterRule, 'name' | 'use_template'>>;

export type TemplateName = keyof typeof TEMPLATES;

export function fromTemplate(template: TemplateName, overrides: Partial<ParameterRule> = {}): ParameterRule {
  return { name: template, use_template: template, ...TEMPLATES[template], ...overrides };
}

export function maxTokensRule(max: number, defaultValue = Math.min(max, 4096)): ParameterRule {
  return fromTemplate('max_tokens', { max, default: defaultValue });
}

export const seedRule: ParameterRule = {
  name: 'seed',
  label: { en_US: 'Seed', zh_Hans: '种子' },
  type: 'int',
  help: {
    en_US:
      'If specified, the model makes a best effort to sample deterministically, so repeated requests with the same seed and parameters should return the same result. Determinism is not guaranteed.',
    zh_Hans: '如果指定，模型将尽最大努力进行确定性采样，使得具有相同种子和参数的重复请求返回相同的结果。不能保证确定性。',
  },
  required: false,
};

export function reasoningEffortRule(options: string[], defaultValue = 'medium'): ParameterRule {
  return {
    name: 'reasoning_effort',
    label: { en_US: 'Reasoning Effort', zh_Hans: '推理工作' },
    type: 'string',
    help: {
      en_US: 'Constrains effort on reasoning for reasoning models.',
      zh_Hans: '限制推理模型的推理工作量。',
    },
    required: false,
    default: defaultValue,
    options,
  };
}

/** JSON mode and JSON Schema output, for models that honour them natively. */
export const structuredOutputRules = (): ParameterRule[] => [
  fromTemplate('response_format'),
  fromTemplate('json_schema'),
];
