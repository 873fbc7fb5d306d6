/**
 * The shapes every part of the model runtime shares: the provider catalog (Dify's provider and model
 * entities, field names kept snake_case because they go on the wire as they are), the requests the
 * runtime takes, and what it reports back. Nothing here touches the network or a database.
 */

export interface I18n {
  en_US: string;
  zh_Hans?: string;
}

export const MODEL_TYPES = ['llm', 'text-embedding', 'rerank', 'speech2text', 'moderation', 'tts'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

export type ModelFeature =
  | 'tool-call'
  | 'multi-tool-call'
  | 'agent-thought'
  | 'stream-tool-call'
  | 'vision'
  | 'document'
  | 'video'
  | 'audio'
  | 'structured-output';

export type ConfigurateMethod = 'predefined-model' | 'customizable-model';

export interface FormShowOn {
  variable: string;
  value: string;
}

export interface CredentialFormOption {
  value: string;
  label: I18n;
  show_on?: FormShowOn[];
}

/** One field of a provider's or model's credentials form (Dify's CredentialFormSchema). */
export interface CredentialFormSchema {
  variable: string;
  label: I18n;
  type: 'secret-input' | 'text-input' | 'select' | 'radio' | 'switch';
  required: boolean;
  default?: string | null;
  options?: CredentialFormOption[];
  placeholder?: I18n;
  max_length?: number;
  show_on?: FormShowOn[];
}

/** One tunable parameter of a model (Dify's ParameterRule). */
export interface ParameterRule {
  name: string;
  use_template?: string;
  label: I18n;
  type: 'float' | 'int' | 'string' | 'boolean' | 'text';
  help?: I18n;
  required: boolean;
  default?: number | string | boolean | null;
  min?: number;
  max?: number;
  precision?: number;
  options?: string[];
}

/**
 * Prices as Dify writes them: the cost of N tokens is N × `input` (or `output`) × `unit`, in `currency`.
 * Decimal strings, so no float rounding creeps into billing.
 */
export interface ModelPricing {
  input: string;
  output?: string;
  unit: string;
  currency: string;
}

export interface ModelProperties {
  mode?: 'chat' | 'completion';
  context_size?: number;
  max_chunks?: number;
  max_characters_per_chunk?: number;
  default_voice?: string;
  voices?: { mode: string; name: string; language?: string[] }[];
  audio_type?: string;
  file_upload_limit?: number;
  supported_file_extensions?: string;
}

/** A model as Dify's ProviderModel describes it. */
export interface ModelDefinition {
  model: string;
  label: I18n;
  model_type: ModelType;
  features: ModelFeature[];
  fetch_from: ConfigurateMethod;
  model_properties: ModelProperties;
  parameter_rules: ParameterRule[];
  pricing?: ModelPricing;
  deprecated: boolean;
}

export interface ProviderDefinition {
  /** Canonical short name, used in URLs and stored rows: `openai`, `openai_api_compatible`, … */
  provider: string;
  /** Other spellings callers may use: Dify's plugin ids (`langgenius/openai/openai`) and older names. */
  aliases: string[];
  label: I18n;
  description?: I18n;
  /** SVG markup served by the console's icon endpoint. */
  icon: string;
  background?: string;
  help?: { title: I18n; url: I18n };
  supported_model_types: ModelType[];
  configurate_methods: ConfigurateMethod[];
  provider_credential_schema: { credential_form_schemas: CredentialFormSchema[] } | null;
  model_credential_schema: {
    model: { label: I18n; placeholder: I18n };
    credential_form_schemas: CredentialFormSchema[];
  } | null;
  /** Predefined models; empty for customizable-only providers. */
  models: ModelDefinition[];
}

/** Plain (decrypted) credential values, keyed by the form's `variable`s. */
export type Credentials = Record<string, unknown>;

/** Who a call is made for, so usage can be attributed and billed. */
export interface UsageCaller {
  workspaceId: string;
  type: 'app' | 'workflow_node' | 'indexing' | 'plugin' | 'console';
  /** App id, workflow node id, indexing job id … */
  id?: string;
  /** Account or end user on whose behalf the call runs. */
  userId?: string;
}

/** A model ready to call: which one, with what credentials, at what price. */
export interface ModelTarget {
  provider: string;
  model: string;
  modelType: ModelType;
  /** Provider credentials merged with the custom model's own, decrypted. */
  credentials: Credentials;
  /** The model's definition (predefined, or built from a custom model's credentials). */
  definition: ModelDefinition;
  /** A workspace's price override; falls back to `definition.pricing`, then to zero. */
  pricing?: ModelPricing;
}

/** Dify's PromptMessage content parts. */
export type PromptContentPart =
  | { type: 'text'; data: string }
  | {
      type: 'image' | 'audio' | 'video' | 'document';
      format?: string;
      base64_data?: string;
      url?: string;
      mime_type?: string;
      filename?: string;
      detail?: 'low' | 'high';
    };

export interface PromptToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** Dify's PromptMessage. */
export interface PromptMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | PromptContentPart[] | null;
  name?: string;
  tool_calls?: PromptToolCall[];
  tool_call_id?: string;
}

export interface ToolDefinition {
  name: string;
  description: string;
  /** JSON Schema of the arguments. */
  parameters: Record<string, unknown>;
}

export interface LlmRequest {
  target: ModelTarget;
  messages: PromptMessage[];
  /** Dify's completion_params: temperature, top_p, top_k, max_tokens, presence_penalty, frequency_penalty, seed, response_format, json_schema … */
  parameters?: Record<string, unknown>;
  tools?: ToolDefinition[];
  stop?: string[];
  /** JSON Schema the answer must satisfy; the result carries it parsed as `structured_output`. */
  structuredOutputSchema?: Record<string, unknown>;
  signal?: AbortSignal;
  caller: UsageCaller;
}

/** Dify's LLMUsage; prices are decimal strings, latency in seconds. */
export interface LlmUsage {
  prompt_tokens: number;
  prompt_unit_price: string;
  prompt_price_unit: string;
  prompt_price: string;
  completion_tokens: number;
  completion_unit_price: string;
  completion_price_unit: string;
  completion_price: string;
  total_tokens: number;
  total_price: string;
  currency: string;
  latency: number;
  time_to_first_token?: number;
  time_to_generate?: number;
}

/** One streamed piece of an answer: Dify's LLMResultChunk without model and prompt_messages. */
export interface LlmChunk {
  delta: {
    index: number;
    message: { role: 'assistant'; content: string; tool_calls: PromptToolCall[] };
    usage?: LlmUsage;
    finish_reason?: string | null;
  };
  structured_output?: unknown;
}

export interface LlmResult {
  model: string;
  message: { role: 'assistant'; content: string; tool_calls: PromptToolCall[] };
  usage: LlmUsage;
  finish_reason: string | null;
  structured_output?: unknown;
}

/** A streamed answer: iterate for chunks; `result` settles with the whole answer (or the same error). */
export interface LlmStream extends AsyncIterable<LlmChunk> {
  result: Promise<LlmResult>;
}

export interface EmbeddingRequest {
  target: ModelTarget;
  texts: string[];
  /** Some providers embed queries and documents differently. */
  inputType?: 'document' | 'query';
  signal?: AbortSignal;
  caller: UsageCaller;
}

export interface EmbeddingUsage {
  tokens: number;
  total_tokens: number;
  unit_price: string;
  price_unit: string;
  total_price: string;
  currency: string;
  latency: number;
}

export interface EmbeddingResult {
  model: string;
  embeddings: number[][];
  usage: EmbeddingUsage;
}

export interface RerankRequest {
  target: ModelTarget;
  query: string;
  documents: string[];
  topN?: number;
  scoreThreshold?: number;
  signal?: AbortSignal;
  caller: UsageCaller;
}

export interface RerankResult {
  model: string;
  /** Best first; `index` points into the request's documents. */
  docs: { index: number; text: string; score: number }[];
}

export interface SpeechRequest {
  target: ModelTarget;
  text: string;
  voice?: string;
  format?: string;
  signal?: AbortSignal;
  caller: UsageCaller;
}

export interface SpeechResult {
  audio: Uint8Array;
  mediaType: string;
}

export interface TranscriptionRequest {
  target: ModelTarget;
  audio: Uint8Array;
  mediaType?: string;
  signal?: AbortSignal;
  caller: UsageCaller;
}

export interface ModerationRequest {
  target: ModelTarget;
  text: string;
  signal?: AbortSignal;
  caller: UsageCaller;
}

/** What every call reports, success or failure, for logs and billing. */
export interface UsageRecord {
  caller: UsageCaller;
  provider: string;
  model: string;
  modelType: ModelType;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  /** Decimal strings. */
  promptPrice: string;
  completionPrice: string;
  totalPrice: string;
  currency: string;
  latencyMs: number;
  timeToFirstTokenMs?: number;
  status: 'success' | 'error';
  errorCode?: ModelErrorCode;
}

/** The contract's error codes for model failures. */
export type ModelErrorCode =
  | 'provider_not_initialize'
  | 'provider_quota_exceeded'
  | 'model_currently_not_support'
  | 'completion_request_error';

export interface ModelRuntimeOptions {
  /** Per attempt; a timed-out call fails with completion_request_error. Default 60 s. */
  timeoutMs?: number;
  /** Retries on 429 and 5xx, with exponential backoff that honours Retry-After. Default 2. */
  maxRetries?: number;
  /**
   * Called once per call as its result settles, and not awaited: a store that writes later keeps
   * its latency out of the answer. Its failures (thrown or rejected) go to `onUsageError`, never to the caller.
   */
  onUsage?: (record: UsageRecord) => void | Promise<void>;
  onUsageError?: (error: unknown) => void;
  /** Replaces global fetch for every provider (tests and benchmarks use the real one). */
  fetch?: typeof fetch;
}

export interface ValidateCredentialsRequest {
  provider: string;
  credentials: Credentials;
  /** Set when validating a custom model's credentials rather than the provider's. */
  model?: string;
  modelType?: ModelType;
  signal?: AbortSignal;
}

export interface ModelRuntime {
  invokeLlm(request: LlmRequest): Promise<LlmResult>;
  streamLlm(request: LlmRequest): LlmStream;
  embed(request: EmbeddingRequest): Promise<EmbeddingResult>;
  rerank(request: RerankRequest): Promise<RerankResult>;
  speech(request: SpeechRequest): Promise<SpeechResult>;
  transcribe(request: TranscriptionRequest): Promise<{ text: string }>;
  moderate(request: ModerationRequest): Promise<{ flagged: boolean; categories: string[] }>;
  /** One small real call; throws CredentialsValidationError with the provider's message. */
  validateCredentials(request: ValidateCredentialsRequest): Promise<void>;
}
