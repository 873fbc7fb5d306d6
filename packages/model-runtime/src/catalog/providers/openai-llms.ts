import type { ModelDefinition, ModelFeature, ParameterRule } from '../../types';
import { TOOL_FEATURES, llm, usdPerMillion } from '../model-builders';
import { fromTemplate, maxTokensRule, reasoningEffortRule, seedRule, structuredOutputRules } from '../parameter-rules';

type Price = [input: string, output: string];

const VISION_TOOLS: ModelFeature[] = [...TOOL_FEATURES, 'vision', 'structured-output'];
const TEXT_TOOLS: ModelFeature[] = [...TOOL_FEATURES, 'structured-output'];

interface ReasoningFamily {
  contextSize: number;
  maxOutput: number;
  efforts: string[];
}

const O_SERIES: ReasoningFamily = { contextSize: 200000, maxOutput: 100000, efforts: ['low', 'medium', 'high'] };
const GPT5: ReasoningFamily = { contextSize: 400000, maxOutput: 128000, efforts: ['minimal', 'low', 'medium', 'high'] };

function chatRules(maxOutput: number, structured: boolean): ParameterRule[] {
  return [
    fromTemplate('temperature'),
    fromTemplate('top_p'),
    fromTemplate('presence_penalty'),
    fromTemplate('frequency_penalty'),
    maxTokensRule(maxOutput),
    seedRule,
    ...(structured
      ? structuredOutputRules()
      : [fromTemplate('response_format', { options: ['text', 'json_object'] })]),
  ];
}

function chatModel(model: string, contextSize: number, maxOutput: number, [input, output]: Price): ModelDefinition {
  const rules = chatRules(maxOutput, true);
  return llm({ model, contextSize, features: VISION_TOOLS, rules, pricing: usdPerMillion(input, output) });
}

/** Reasoning models refuse sampling parameters; they take an effort level instead. */
function reasoningModel(
  model: string,
  [input, output]: Price,
  family = O_SERIES,
  features = VISION_TOOLS,
): ModelDefinition {
  const rules = [
    maxTokensRule(family.maxOutput, 16384),
    reasoningEffortRule(family.efforts),
    ...structuredOutputRules(),
  ];
  return llm({ model, contextSize: family.contextSize, features, rules, pricing: usdPerMillion(input, output) });
}

export const OPENAI_LLMS: ModelDefinition[] = [
  reasoningModel('gpt-5', ['1.25', '10.00'], GPT5),
  reasoningModel('gpt-5-mini', ['0.25', '2.00'], GPT5),
  reasoningModel('gpt-5-nano', ['0.05', '0.40'], GPT5),
  chatModel('gpt-4.1', 1047576, 32768, ['2.00', '8.00']),
  chatModel('gpt-4.1-mini', 1047576, 32768, ['0.40', '1.60']),
  chatModel('gpt-4.1-nano', 1047576, 32768, ['0.10', '0.40']),
  chatModel('gpt-4o', 128000, 16384, ['2.50', '10.00']),
  chatModel('gpt-4o-mini', 128000, 16384, ['0.15', '0.60']),
  reasoningModel('o3', ['2.00', '8.00']),
  reasoningModel('o4-mini', ['1.10', '4.40']),
  reasoningModel('o3-mini', ['1.10', '4.40'], O_SERIES, TEXT_TOOLS),
  reasoningModel('o1', ['15.00', '60.00']),
  llm({
    model: 'gpt-4-turbo',
    contextSize: 128000,
    features: [...TOOL_FEATURES, 'vision'],
    rules: chatRules(4096, false),
    pricing: usdPerMillion('10.00', '30.00'),
  }),
  llm({
    model: 'gpt-3.5-turbo',
    contextSize: 16385,
    features: TOOL_FEATURES,
    rules: chatRules(4096, false),
    pricing: usdPerMillion('0.50', '1.50'),
    deprecated: true,
  }),
];
