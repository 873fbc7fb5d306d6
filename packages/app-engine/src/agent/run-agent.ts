import type { PromptContentPart } from '@tessera/model-runtime';
import type { Emit, RunDeps, RunInput, RunOutcome } from '../run/types';
import { bindAgentTools } from './agent-tools';
import { runFunctionCallAgent } from './function-call-agent';
import { runReactAgent } from './react-agent';
import { ThoughtRecorder } from './thought-recorder';

/** Function calling when the model can call tools (whatever strategy the app names, as in Dify), ReAct otherwise. */
export function usesFunctionCalling(features: string[]): boolean {
  return features.includes('tool-call') || features.includes('multi-tool-call');
}

export async function runAgent(input: RunInput, deps: RunDeps, emit: Emit, files: PromptContentPart[]): Promise<RunOutcome> {
  const bindings = bindAgentTools(input.config.agent_mode, deps.tools);
  for (const tool of input.extraTools ?? []) {
    if (!bindings.some((binding) => binding.name === tool.name)) bindings.push({ name: tool.name, tool, label: tool.label, settings: {} });
  }
  const recorder = new ThoughtRecorder(emit, deps.newId ?? (() => crypto.randomUUID()), bindings);
  return usesFunctionCalling(input.model.definition.features)
    ? runFunctionCallAgent(input, deps, emit, bindings, files, recorder)
    : runReactAgent(input, deps, emit, bindings, files, recorder);
}
