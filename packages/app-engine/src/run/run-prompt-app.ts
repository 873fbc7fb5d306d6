import { runAgent } from '../agent/run-agent';
import { moderateInputs } from '../moderation/input-moderation';
import { moderationRule } from '../moderation/moderation-rule';
import { OutputModerator } from '../moderation/output-moderation';
import type { ModerationDeps } from '../moderation/types';
import { filesAsContentParts } from '../prompt/files';
import { runChat } from './chat-run';
import { runModeratedAgent } from './moderated-agent';
import type { Emit, RunDeps, RunInput, RunOutcome } from './types';
import { emptyUsage } from './usage';

/**
 * Runs a chat, completion or agent-chat app for one request, streaming through `emit`. Input moderation comes
 * first (a hit answers with the preset response; neither the app's knowledge nor a model is asked); then the
 * knowledge is fetched and the answer streams, watched by output moderation. A stop through `input.signal` never throws: the partial answer comes back marked stopped.
 * Model failures surface as the model runtime's errors.
 */
export async function runPromptApp(request: RunInput, deps: RunDeps, emit: Emit): Promise<RunOutcome> {
  let input = request;
  const textEvent = input.mode === 'agent-chat' ? 'agent_message' : 'message';
  const rule = moderationRule(input.config);
  const moderationDeps: ModerationDeps = {
    models: deps.models,
    resolveModel: deps.resolveModel,
    caller: input.caller,
    externalModeration: deps.externalModeration,
    signal: input.signal,
  };
  if (rule) {
    const verdict = await moderateInputs(rule, moderationDeps, input.inputs, input.query);
    if (verdict.flagged) {
      await emit({ type: textEvent, delta: verdict.presetResponse });
      return {
        answer: verdict.presetResponse,
        usage: emptyUsage(),
        promptMessages: [],
        agentThoughts: [],
        stopped: false,
        moderated: 'input',
      };
    }
  }
  if (deps.knowledge) input = { ...input, ...(await deps.knowledge()) };
  const detail = input.config.file_upload.image?.detail ?? 'low';
  const files = filesAsContentParts(input.files, input.model, detail);
  const moderator = rule ? new OutputModerator(rule, moderationDeps) : undefined;
  const watched = moderator?.enabled ? moderator : undefined;
  if (input.mode === 'agent-chat') {
    return watched ? runModeratedAgent(input, deps, emit, files, watched) : runAgent(input, deps, emit, files);
  }
  return runChat(input, deps, emit, files, watched);
}
