import type { ModelRuntime, ModelRuntimeOptions } from '../types';
import { embed } from './embed';
import { invokeLlm } from './invoke-llm';
import { moderate } from './moderate';
import { rerank } from './rerank';
import { createRuntimeContext } from './runtime-context';
import { speech } from './speech';
import { streamLlm } from './stream-llm';
import { transcribe } from './transcribe';
import { validateCredentials } from './validate-credentials';

/**
 * The model runtime: every call goes through the AI SDK provider packages, is bounded by the attempt timeout,
 * retried on 429/5xx, reported to `onUsage` once, and fails only with ModelRuntimeError (or
 * CredentialsValidationError from `validateCredentials`).
 */
export function createModelRuntime(options: ModelRuntimeOptions = {}): ModelRuntime {
  const context = createRuntimeContext(options);
  return {
    invokeLlm: (request) => invokeLlm(context, request),
    streamLlm: (request) => streamLlm(context, request),
    embed: (request) => embed(context, request),
    rerank: (request) => rerank(context, request),
    speech: (request) => speech(context, request),
    transcribe: (request) => transcribe(context, request),
    moderate: (request) => moderate(context, request),
    validateCredentials: (request) => validateCredentials(context, request),
  };
}
