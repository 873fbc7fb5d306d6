import { type OutputModerator } from '../moderation/output-moderation';
import { buildPrompt } from '../prompt/build-prompt';
import type { PromptContentPart } from '@tessera/model-runtime';
import { callSettings, mergeStops } from './call-settings';
import { streamCall } from './stream-call';
import type { Emit, RunDeps, RunInput, RunOutcome } from './types';

/**
 * A chat or completion app's answer: one streamed model call whose deltas go out as `message` events, watched
 * by output moderation when the app has it (a hit replaces the answer and ends the stream).
 */
export async function runChat(
  input: RunInput,
  deps: RunDeps,
  emit: Emit,
  files: PromptContentPart[],
  moderator: OutputModerator | undefined,
): Promise<RunOutcome> {
  const { params, stop } = callSettings(input.config, input.model);
  const prompt = buildPrompt({
    appMode: input.mode,
    config: input.config,
    target: input.model,
    params,
    inputs: input.inputs,
    query: input.query,
    files,
    context: input.context,
    history: input.mode === 'completion' ? undefined : input.history,
  });
  let replacement: string | undefined;
  const result = await streamCall(
    deps.models,
    {
      target: input.model,
      messages: prompt.messages,
      parameters: params,
      stop: mergeStops(prompt.stop, stop),
      signal: input.signal,
      caller: input.caller,
    },
    async (delta) => {
      await emit({ type: 'message', delta });
      const verdict = await moderator?.append(delta);
      if (!verdict?.flagged) return false;
      replacement = verdict.presetResponse;
      return true;
    },
  );
  if (replacement === undefined && !result.stopped && moderator) {
    replacement = (await moderator.complete(result.text))?.presetResponse;
  }
  if (replacement !== undefined) await emit({ type: 'message_replace', answer: replacement, reason: 'output_moderation' });
  return {
    answer: replacement ?? result.text,
    usage: result.usage,
    promptMessages: prompt.messages,
    agentThoughts: [],
    stopped: result.stopped,
    ...(replacement !== undefined ? { moderated: 'output' as const } : {}),
  };
}
