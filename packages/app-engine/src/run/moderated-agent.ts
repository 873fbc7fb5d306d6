import type { PromptContentPart } from '@tessera/model-runtime';
import { runAgent } from '../agent/run-agent';
import type { OutputModerator } from '../moderation/output-moderation';
import type { Emit, RunDeps, RunInput, RunOutcome } from './types';

/**
 * An agent run under output moderation: the streamed answer is checked as it grows and once complete. A hit
 * ends the agent at once (its model call and any tool in flight are aborted), nothing more is sent, and a
 * `message_replace` carries the preset response. Such a cut is not a user stop: the outcome is not marked stopped.
 */
export async function runModeratedAgent(
  input: RunInput,
  deps: RunDeps,
  emit: Emit,
  files: PromptContentPart[],
  moderator: OutputModerator,
): Promise<RunOutcome> {
  const cut = new AbortController();
  const signal = input.signal ? AbortSignal.any([input.signal, cut.signal]) : cut.signal;
  let replacement: string | undefined;
  const guarded: Emit = async (event) => {
    if (replacement !== undefined) return;
    await emit(event);
    if (event.type !== 'agent_message') return;
    const verdict = await moderator.append(event.delta);
    if (verdict?.flagged) {
      replacement = verdict.presetResponse;
      cut.abort();
    }
  };
  const outcome = await runAgent({ ...input, signal }, deps, guarded, files);
  const userStopped = input.signal?.aborted === true;
  if (replacement === undefined && !userStopped) replacement = (await moderator.complete(outcome.answer))?.presetResponse;
  if (replacement === undefined) return outcome;
  await emit({ type: 'message_replace', answer: replacement, reason: 'output_moderation' });
  return { ...outcome, answer: replacement, stopped: userStopped, moderated: 'output' };
}
