import type { I18n, LlmUsage, ModelRuntime, ModelTarget, PromptMessage, UsageCaller } from '@tessera/model-runtime';
import type { PromptAppMode, TModelConfig } from '../config/model-config';
import type { HistoryTurn } from '../memory/history';
import type { ExternalModeration, ResolveModel } from '../moderation/types';
import type { PromptFile } from '../prompt/files';
import type { ToolRegistry } from '../tools/registry';
import type { Tool } from '../tools/types';

/** Dify's agent_thought as the SSE event and the message's agent_thoughts carry it. */
export interface AgentThought {
  id: string;
  position: number;
  thought: string;
  observation: string;
  /** ";"-joined tool names of the step. */
  tool: string;
  tool_labels: Record<string, I18n>;
  /** JSON text `{tool_name: arguments}`. */
  tool_input: string;
  message_files: string[];
}

/** What a run reports while it goes; the API maps each 1:1 to a Dify SSE event. */
export type EngineEvent =
  | { type: 'message'; delta: string }
  | { type: 'agent_message'; delta: string }
  | { type: 'agent_thought'; thought: AgentThought }
  | { type: 'message_replace'; answer: string; reason: 'output_moderation' };

/** May return a promise; the run waits for it before going on (back-pressure from a slow client). */
export type Emit = (event: EngineEvent) => void | Promise<void>;

export interface RunDeps {
  models: Pick<ModelRuntime, 'streamLlm' | 'invokeLlm' | 'moderate'>;
  resolveModel: ResolveModel;
  tools: ToolRegistry;
  now: () => Date;
  /** Ids for agent thoughts; random UUIDs unless given. */
  newId?: () => string;
  /** Needed only by apps whose moderation is an api-based extension. */
  externalModeration?: ExternalModeration;
  /**
   * The app's knowledge for this run, asked for only once input moderation has let the request
   * through, so a blocked query is never searched (nor logged in a dataset's query history).
   */
  knowledge?: () => Promise<Pick<RunInput, 'context' | 'extraTools'>>;
}

export interface RunInput {
  mode: PromptAppMode;
  config: TModelConfig;
  model: ModelTarget;
  /** Already validated (validateInputs). */
  inputs: Record<string, unknown>;
  query: string;
  files: PromptFile[];
  /** Earlier turns of the conversation, oldest first; empty for a new one (and for completion apps). */
  history: HistoryTurn[];
  /** Retrieved knowledge for the context block; filled in by the knowledge step. */
  context?: string;
  /** Agent apps: tools of this run beside the configured ones (the app's knowledge, as Dify's dataset tools). */
  extraTools?: Tool[];
  caller: UsageCaller;
  signal?: AbortSignal;
}

export interface RunOutcome {
  answer: string;
  /** All model calls of the run added up. */
  usage: LlmUsage;
  /** The messages of the last model call, for logs. */
  promptMessages: PromptMessage[];
  agentThoughts: AgentThought[];
  /** The caller's signal stopped the run; `answer` is what had arrived. */
  stopped: boolean;
  /** Set when moderation answered instead of the model (input) or replaced the answer (output). */
  moderated?: 'input' | 'output';
}
