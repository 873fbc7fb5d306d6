import { z } from 'zod';
import { zBool, zId } from '../../validation';

/**
 * Request bodies of the plugin backwards-invocation routes. The plugin daemon sends Dify's field
 * names (`provider`, `model`, `prompt_messages`, `completion_params`, …); the API seed's spellings
 * (`model_config`, `messages`, `parameters`, `documents`, `content`, …) are accepted as aliases and
 * folded into the daemon's names by the `normalize*` functions below.
 */
const zTenantScope = {
  tenant_id: zId.describe('The workspace the call runs in'),
  user_id: z.string().max(255).nullish().describe('End user on whose behalf the call runs; empty for the default session'),
};

const zModelConfig = z
  .object({
    provider: z.string().optional(),
    model: z.string().optional(),
    name: z.string().optional(),
    mode: z.string().optional(),
    completion_params: z.record(z.string(), z.unknown()).optional(),
  })
  .describe('Alias: provider, model and completion_params in one object');

const zModelSelector = {
  provider: z.string().max(255).optional(),
  model: z.string().max(255).optional(),
  model_type: z.string().optional(),
  model_config: zModelConfig.optional(),
};

const zContentPart = z.object({
  type: z.enum(['text', 'image', 'audio', 'video', 'document']),
  data: z.string().optional(),
  text: z.string().optional(),
  format: z.string().optional(),
  base64_data: z.string().optional(),
  url: z.string().optional(),
  mime_type: z.string().optional(),
  filename: z.string().optional(),
  detail: z.enum(['low', 'high']).optional(),
});

const zToolCall = z.object({
  id: z.string(),
  type: z.literal('function').default('function'),
  function: z.object({ name: z.string(), arguments: z.string().default('') }),
});

export const ZPromptMessage = z.object({
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  content: z.union([z.string(), z.array(zContentPart), z.null()]).optional(),
  name: z.string().optional(),
  tool_calls: z.array(zToolCall).optional(),
  tool_call_id: z.string().optional(),
});

const zTool = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  parameters: z.record(z.string(), z.unknown()).default({ type: 'object', properties: {} }),
});

export const ZInvokeLlmRequest = z.object({
  ...zTenantScope,
  ...zModelSelector,
  mode: z.string().optional(),
  completion_params: z.record(z.string(), z.unknown()).optional(),
  model_parameters: z.record(z.string(), z.unknown()).optional().describe('Alias of completion_params'),
  parameters: z.record(z.string(), z.unknown()).optional().describe('Alias of completion_params'),
  prompt_messages: z.array(ZPromptMessage).optional(),
  messages: z.array(ZPromptMessage).optional().describe('Alias of prompt_messages'),
  prompt: z.string().optional().describe('Alias: a single user message'),
  tools: z.array(zTool).nullish(),
  stop: z.array(z.string()).nullish(),
  stream: zBool.nullish(),
});

export const ZInvokeStructuredLlmRequest = ZInvokeLlmRequest.extend({
  structured_output_schema: z.record(z.string(), z.unknown()).optional(),
  output_schema: z.record(z.string(), z.unknown()).optional().describe('Alias of structured_output_schema'),
}).refine((input) => input.structured_output_schema ?? input.output_schema, {
  message: 'structured_output_schema is required',
  path: ['structured_output_schema'],
});

export const ZInvokeTextEmbeddingRequest = z.object({
  ...zTenantScope,
  ...zModelSelector,
  texts: z.array(z.string()).min(1).max(2048),
  input_type: z.enum(['document', 'query']).optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

export const ZInvokeRerankRequest = z.object({
  ...zTenantScope,
  ...zModelSelector,
  query: z.string(),
  docs: z.array(z.string()).optional(),
  documents: z.array(z.string()).optional().describe('Alias of docs'),
  score_threshold: z.number().nullish(),
  top_n: z.number().int().positive().nullish(),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

export const ZInvokeTtsRequest = z.object({
  ...zTenantScope,
  ...zModelSelector,
  content_text: z.string().optional(),
  text: z.string().optional().describe('Alias of content_text'),
  voice: z.string().optional(),
  voice_config: z.object({ voice: z.string().optional() }).optional(),
});

export const ZInvokeSpeech2TextRequest = z.object({
  ...zTenantScope,
  ...zModelSelector,
  file: z.string().optional().describe('The audio bytes as a hex string'),
  audio_file: z.string().optional().describe('Alias of file'),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

export const ZInvokeModerationRequest = z.object({
  ...zTenantScope,
  ...zModelSelector,
  text: z.string().optional(),
  content: z.string().optional().describe('Alias of text'),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

export const ZInvokeSummaryRequest = z.object({
  ...zTenantScope,
  text: z.string().optional(),
  content: z.string().optional().describe('Alias of text'),
  instruction: z.string().default(''),
  summary_config: z.object({ instruction: z.string().optional() }).optional(),
});

const zProviderConfig = z.object({
  name: z.string(),
  type: z.string(),
  required: zBool.optional(),
  default: z.unknown().optional(),
});

export const ZInvokeEncryptRequest = z.object({
  ...zTenantScope,
  opt: z.enum(['encrypt', 'decrypt', 'clear']),
  namespace: z.literal('endpoint').default('endpoint'),
  identity: z.string().min(1).max(255),
  data: z.record(z.string(), z.unknown()).default({}),
  config: z.array(zProviderConfig).default([]),
});

export type TInvokeLlmRequest = z.infer<typeof ZInvokeLlmRequest>;
export type TInvokeStructuredLlmRequest = z.infer<typeof ZInvokeStructuredLlmRequest>;
export type TInvokeTextEmbeddingRequest = z.infer<typeof ZInvokeTextEmbeddingRequest>;
export type TInvokeRerankRequest = z.infer<typeof ZInvokeRerankRequest>;
export type TInvokeTtsRequest = z.infer<typeof ZInvokeTtsRequest>;
export type TInvokeSpeech2TextRequest = z.infer<typeof ZInvokeSpeech2TextRequest>;
export type TInvokeModerationRequest = z.infer<typeof ZInvokeModerationRequest>;
export type TInvokeSummaryRequest = z.infer<typeof ZInvokeSummaryRequest>;
export type TInvokeEncryptRequest = z.infer<typeof ZInvokeEncryptRequest>;

type ModelSelectorInput = { provider?: string; model?: string; model_type?: string; model_config?: z.infer<typeof zModelConfig> };

/** Provider and model from the daemon's fields or the seed's `model_config`. */
export function selectedModel(input: ModelSelectorInput): { provider: string; model: string } {
  const provider = input.provider ?? input.model_config?.provider;
  const model = input.model ?? input.model_config?.model ?? input.model_config?.name;
  if (!provider) throw new PayloadError('provider is required');
  if (!model) throw new PayloadError('model is required');
  return { provider, model };
}

/** A payload that parsed but is missing something the operation needs. */
export class PayloadError extends Error {}
