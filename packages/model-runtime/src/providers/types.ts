import type {
  EmbeddingModelV3,
  LanguageModelV3,
  RerankingModelV3,
  SpeechModelV3,
  TranscriptionModelV3,
} from '@ai-sdk/provider';
import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { Credentials } from '../types';

export interface ModerationOutcome {
  flagged: boolean;
  categories: string[];
}

/** OpenAI's moderation endpoint has no AI SDK model type, so it gets this small one of its own. */
export interface ModerationModel {
  readonly provider: string;
  readonly modelId: string;
  doModerate(options: { text: string; abortSignal?: AbortSignal }): Promise<ModerationOutcome>;
}

/** What a provider can build for one set of credentials; a missing member means the provider lacks that model type. */
export interface ProviderClient {
  languageModel?(model: string): LanguageModelV3;
  embeddingModel?(model: string): EmbeddingModelV3;
  rerankingModel?(model: string): RerankingModelV3;
  speechModel?(model: string): SpeechModelV3;
  transcriptionModel?(model: string): TranscriptionModelV3;
  moderationModel?(model: string): ModerationModel;
  /** Provider options that make an embedding model embed queries or documents the way it prefers. */
  embeddingOptions?(inputType: 'document' | 'query'): Record<string, Record<string, string>>;
  /** A cheap authenticated call proving the credentials and endpoint work; resolves with the model ids listed. */
  listModels?(abortSignal?: AbortSignal): Promise<string[]>;
}

export type ProviderFactory = (credentials: Credentials, fetch: FetchFunction) => ProviderClient;
