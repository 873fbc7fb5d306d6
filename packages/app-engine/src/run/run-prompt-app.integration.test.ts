import { createModelRuntime, findPredefinedModel, type ModelTarget } from '@tessera/model-runtime';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { normalizeModelConfig } from '../config/normalize-model-config';
import type { TModelConfigInput } from '../config/model-config';
import { builtinToolProviders } from '../tools/builtin';
import { createToolRegistry } from '../tools/registry';
import { runPromptApp } from './run-prompt-app';
import { agentTools, MOMENT, textOf } from './run-test-helpers';
import type { EngineEvent, RunDeps, RunInput } from './types';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function target(features?: string[]): ModelTarget {
  const definition = findPredefinedModel('openai', 'gpt-4o-mini', 'llm')!;
  return {
    provider: 'openai',
    model: 'gpt-4o-mini',
    modelType: 'llm',
    credentials: { openai_api_key: 'sk-test', openai_api_base: server.url },
    definition: features ? { ...definition, features: features as ModelTarget['definition']['features'] } : definition,
  };
}

function setup(mode: RunInput['mode'], config: Partial<TModelConfigInput>, model = target()) {
  const usage: string[] = [];
  const deps: RunDeps = {
    models: createModelRuntime({ onUsage: (record) => void usage.push(record.status) }),
    resolveModel: () => model,
    tools: createToolRegistry(builtinToolProviders({ webscraper: { fetch } })),
    now: () => MOMENT,
  };
  const input: RunInput = {
    mode,
    config: normalizeModelConfig({ model: { provider: 'openai', name: 'gpt-4o-mini', mode: 'chat', completion_params: {} }, ...config }),
    model,
    inputs: {},
    query: 'the quick brown fox jumps',
    files: [],
    history: [],
    caller: { workspaceId: 'ws-1', type: 'app', id: 'app-1', userId: 'end-user-1' },
  };
  const events: EngineEvent[] = [];
  const emit = (event: EngineEvent) => {
    events.push(structuredClone(event));
  };
  return { deps, input, events, emit, usage };
}

describe('runPromptApp through the real model runtime', () => {
  it('streams a chat answer delta by delta, with usage', async () => {
    const { deps, input, events, emit, usage } = setup('chat', { pre_prompt: 'Be brief.' });
    const outcome = await runPromptApp(input, deps, emit);
    expect(outcome.answer).toBe('Echo: the quick brown fox jumps');
    expect(events.filter((event) => event.type === 'message').length).toBeGreaterThan(3);
    expect(textOf(events, 'message')).toBe(outcome.answer);
    expect(outcome.usage).toMatchObject({ completion_tokens: 6, currency: 'USD' });
    expect(outcome.usage.prompt_tokens).toBeGreaterThan(0);
    expect(Number(outcome.usage.total_price)).toBeGreaterThan(0);
    expect(usage).toEqual(['success']);
    expect(server.requests[0]!.body).toMatchObject({ messages: [{ role: 'system' }, { role: 'user' }], stream: true });
  });

  it('runs an agent with function calling: current_time and eval_expression, thoughts, then the answer', async () => {
    const { deps, input, events, emit } = setup('agent-chat', {
      agent_mode: { enabled: true, strategy: 'function_call', tools: agentTools },
    });
    server.script({ toolCalls: [{ name: 'current_time', arguments: {} }, { name: 'eval_expression', arguments: { expression: '6*7' } }] });
    const outcome = await runPromptApp({ ...input, query: 'what time is it, and what is 6*7?' }, deps, emit);
    const answer = 'Tool current_time returned: 2024-03-05 14:07:09 UTC\nTool eval_expression returned: 42';
    expect(outcome.answer).toBe(answer);
    expect(textOf(events, 'agent_message')).toBe(answer);
    const kinds = events.map((event) => event.type);
    expect(kinds.indexOf('agent_thought')).toBeLessThan(kinds.indexOf('agent_message'));
    expect(outcome.agentThoughts[0]).toMatchObject({
      position: 1,
      tool: 'current_time;eval_expression',
      tool_input: JSON.stringify({ current_time: {}, eval_expression: { expression: '6*7' } }),
      observation: JSON.stringify({ current_time: '2024-03-05 14:07:09 UTC', eval_expression: '42' }),
    });
    expect(outcome.agentThoughts).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
    expect(outcome.usage.total_tokens).toBeGreaterThan(outcome.agentThoughts.length);
  });

  it('runs a ReAct agent on a model without tool calling: parses the Action, runs the tool, gives the Final Answer', async () => {
    const { deps, input, events, emit } = setup(
      'agent-chat',
      { agent_mode: { enabled: true, strategy: 'react', tools: agentTools } },
      target([]),
    );
    server.script({
      text: 'Thought: I need to compute this.\nAction:\n```json\n{"action": "eval_expression", "action_input": {"expression": "6*7"}}\n```',
    });
    server.script({ text: 'Thought: I have the result.\nFinal Answer: 6 times 7 is 42.' });
    const outcome = await runPromptApp({ ...input, query: 'what is 6*7?' }, deps, emit);
    expect(outcome.answer).toBe('6 times 7 is 42.');
    expect(textOf(events, 'agent_message')).toBe('6 times 7 is 42.');
    expect(outcome.agentThoughts[0]).toMatchObject({ thought: 'I need to compute this.', tool: 'eval_expression', observation: '{"eval_expression":"42"}' });
    const first = server.requests[0]!.body as { tools?: unknown; stop?: string[] };
    expect(first.tools).toBeUndefined();
    expect(first.stop).toEqual(['Observation']);
    const second = server.requests[1]!.body as { messages: { role: string; content: string }[] };
    expect(second.messages.at(-2)!.content).toContain('Observation: 42');
  });

  it('stops upstream on abort (the user stops while the next delta is awaited) and returns the partial answer marked stopped', async () => {
    const { deps, input, events, emit } = setup('chat', {});
    server.setLatency({ ttftMs: 0, tokensPerSecond: 20 });
    const controller = new AbortController();
    const stopAfterTwo = (event: EngineEvent) => {
      emit(event);
      // Stopped from outside, as a stop request would: the run is waiting for the model's next delta by then.
      if (events.length === 2) setTimeout(() => controller.abort(), 0);
    };
    const outcome = await runPromptApp({ ...input, query: Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '), signal: controller.signal }, deps, stopAfterTwo);
    await server.waitForAbortedStreams(1);
    expect(outcome.stopped).toBe(true);
    expect(outcome.answer).toBe(textOf(events, 'message'));
    expect(outcome.answer.length).toBeGreaterThan(0);
    expect(outcome.answer.startsWith('Echo:')).toBe(true);
    expect(outcome.answer).not.toContain('word39');
  });

  it('answers a flagged input with the preset response without any model request', async () => {
    const { deps, input, events, emit } = setup('chat', {
      sensitive_word_avoidance: {
        enabled: true,
        type: 'keywords',
        config: { keywords: 'fox', inputs_config: { enabled: true, preset_response: 'Let us talk about something else.' }, outputs_config: { enabled: false } },
      },
    });
    const outcome = await runPromptApp(input, deps, emit);
    expect(outcome).toMatchObject({ answer: 'Let us talk about something else.', moderated: 'input' });
    expect(events).toEqual([{ type: 'message', delta: 'Let us talk about something else.' }]);
    expect(server.requests).toHaveLength(0);
  });

  it('replaces a flagged answer through output moderation', async () => {
    const { deps, input, events, emit } = setup('chat', {
      sensitive_word_avoidance: {
        enabled: true,
        type: 'keywords',
        config: { keywords: 'brown', inputs_config: { enabled: false }, outputs_config: { enabled: true, preset_response: 'Withheld.' } },
      },
    });
    const outcome = await runPromptApp({ ...input, query: 'say the quick brown fox' }, deps, emit);
    expect(events.at(-1)).toEqual({ type: 'message_replace', answer: 'Withheld.', reason: 'output_moderation' });
    expect(outcome).toMatchObject({ answer: 'Withheld.', moderated: 'output' });
  });
});
