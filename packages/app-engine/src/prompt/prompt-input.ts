import type { ModelTarget, PromptContentPart, PromptMessage } from '@tessera/model-runtime';
import type { PromptAppMode, TModelConfig } from '../config/model-config';
import type { HistoryTurn } from '../memory/history';

export interface PromptBuildInput {
  appMode: PromptAppMode;
  config: TModelConfig;
  target: ModelTarget;
  /** Completion params as they will be sent (for the max_tokens the history must leave room for). */
  params: Record<string, unknown>;
  inputs: Record<string, unknown>;
  query: string;
  /** The request's files already turned into content parts the model can read. */
  files: PromptContentPart[];
  /** Retrieved knowledge; the context block only appears when there is some. */
  context?: string;
  /** Earlier turns; present for chat apps (which remember), absent for completion apps. */
  history?: HistoryTurn[];
}

export interface BuiltPrompt {
  messages: PromptMessage[];
  /** Stop words the prompt format needs (simple prompts on completion models). */
  stop?: string[];
}
