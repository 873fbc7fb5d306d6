import type { ModelDefinition } from '@tessera/model-runtime';
import { normalizeModelConfig } from '../config/normalize-model-config';
import type { TModelConfigInput } from '../config/model-config';
import { fakeTarget, scriptedModels, type FakeReply } from '../testing/fake-models';
import { builtinToolProviders } from '../tools/builtin';
import { createToolRegistry } from '../tools/registry';
import type { EngineEvent, RunDeps, RunInput } from './types';

export const MOMENT = new Date('2024-03-05T14:07:09Z');

export const agentTools = [
  { provider_type: 'builtin', provider_id: 'time', tool_name: 'current_time', tool_parameters: {}, enabled: true },
  { provider_type: 'builtin', provider_id: 'maths', tool_name: 'eval_expression', tool_parameters: {}, enabled: true },
];

/** A run against scripted replies, collecting the events it emits. */
export function scriptedRun(
  replies: FakeReply[],
  options: { config?: Partial<TModelConfigInput>; mode?: RunInput['mode']; definition?: Partial<ModelDefinition>; flaggedWords?: string[] } = {},
) {
  const fake = scriptedModels(replies, { flaggedWords: options.flaggedWords });
  const events: EngineEvent[] = [];
  let ids = 0;
  const deps: RunDeps = {
    models: fake.models,
    resolveModel: () => fakeTarget(),
    tools: createToolRegistry(builtinToolProviders({ webscraper: { fetch } })),
    now: () => MOMENT,
    newId: () => `thought-${++ids}`,
  };
  const input: RunInput = {
    mode: options.mode ?? 'chat',
    config: normalizeModelConfig({ model: { provider: 'openai', name: 'fake-model', mode: 'chat', completion_params: {} }, ...options.config }),
    model: fakeTarget(options.definition),
    inputs: {},
    query: 'hello there',
    files: [],
    history: [],
    caller: { workspaceId: 'ws', type: 'app', id: 'app-1' },
  };
  const emit = (event: EngineEvent) => {
    events.push(structuredClone(event));
  };
  return { fake, events, deps, input, emit };
}

export const textOf = (events: EngineEvent[], type: 'message' | 'agent_message') =>
  events.flatMap((event) => (event.type === type ? [event.delta] : [])).join('');
