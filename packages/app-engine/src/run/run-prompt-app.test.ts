import { describe, expect, it } from 'vitest';
import { runPromptApp } from './run-prompt-app';
import { scriptedRun, textOf } from './run-test-helpers';
import type { EngineEvent } from './types';

const moderation = (outputs = false) => ({
  sensitive_word_avoidance: {
    enabled: true,
    type: 'keywords',
    config: {
      keywords: 'forbidden',
      inputs_config: { enabled: true, preset_response: 'Not allowed.' },
      outputs_config: { enabled: outputs, preset_response: 'Answer withheld.' },
    },
  },
});

describe('runPromptApp: chat and completion', () => {
  it('streams the answer as message events and returns it with usage and the prompt sent', async () => {
    const run = scriptedRun([{ deltas: ['Hi', ' there', '!'] }], { config: { pre_prompt: 'Be kind.' } });
    const outcome = await runPromptApp({ ...run.input, history: [{ query: 'q0', answer: 'a0' }] }, run.deps, run.emit);
    expect(run.events).toEqual([
      { type: 'message', delta: 'Hi' },
      { type: 'message', delta: ' there' },
      { type: 'message', delta: '!' },
    ]);
    expect(outcome).toMatchObject({ answer: 'Hi there!', stopped: false, agentThoughts: [], usage: { prompt_tokens: 10, total_price: '0.0000150' } });
    expect(outcome.promptMessages).toEqual([
      { role: 'system', content: 'Be kind.\n' },
      { role: 'user', content: 'q0' },
      { role: 'assistant', content: 'a0' },
      { role: 'user', content: 'hello there' },
    ]);
    expect(run.fake.requests[0]!.messages).toEqual(outcome.promptMessages);
  });

  it('completion apps ignore any history and send params without stop, the stop words apart', async () => {
    const run = scriptedRun([{ text: 'done' }], {
      mode: 'completion',
      config: { pre_prompt: 'Write about {{topic}}', model: { provider: 'openai', name: 'fake-model', mode: 'chat', completion_params: { temperature: 0.2, stop: ['END'] } } },
    });
    await runPromptApp({ ...run.input, query: '', inputs: { topic: 'tides' }, history: [{ query: 'q', answer: 'a' }] }, run.deps, run.emit);
    const request = run.fake.requests[0]!;
    expect(request.messages).toEqual([{ role: 'user', content: 'Write about tides\n' }]);
    expect(request.parameters).toEqual({ temperature: 0.2 });
    expect(request.stop).toEqual(['END']);
  });

  it('waits for each emit before going on (back-pressure)', async () => {
    const run = scriptedRun([{ deltas: ['a', 'b', 'c'] }]);
    let pending = false;
    const order: string[] = [];
    const slowEmit = async (event: EngineEvent) => {
      expect(pending).toBe(false);
      pending = true;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (event.type === 'message') order.push(event.delta);
      pending = false;
    };
    await runPromptApp(run.input, run.deps, slowEmit);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('stops on the abort signal: partial answer, marked stopped, upstream abandoned, no error', async () => {
    const run = scriptedRun([{ deltas: ['one', ' two', ' three', ' four'] }]);
    const controller = new AbortController();
    const emit = (event: EngineEvent) => {
      run.emit(event);
      if (run.events.length === 2) controller.abort();
    };
    const outcome = await runPromptApp({ ...run.input, signal: controller.signal }, run.deps, emit);
    expect(outcome.stopped).toBe(true);
    expect(outcome.answer).toBe('one two');
    expect(run.fake.state.abandonedStreams).toBe(1);
    expect(outcome.usage.completion_tokens).toBeGreaterThan(0);
  });

  it('answers a flagged input with the preset response and never calls the model', async () => {
    const run = scriptedRun([], { config: moderation() });
    const outcome = await runPromptApp({ ...run.input, query: 'tell me the forbidden thing' }, run.deps, run.emit);
    expect(outcome).toMatchObject({ answer: 'Not allowed.', moderated: 'input', usage: { total_tokens: 0 } });
    expect(run.events).toEqual([{ type: 'message', delta: 'Not allowed.' }]);
    expect(run.fake.requests).toHaveLength(0);
  });

  it('asks for the knowledge only once input moderation has passed, and answers from it', async () => {
    const blocked = scriptedRun([], { config: moderation() });
    let asked = 0;
    const knowledge = async () => {
      asked += 1;
      return { context: 'Mercury is closest to the Sun.' };
    };
    await runPromptApp({ ...blocked.input, query: 'the forbidden thing' }, { ...blocked.deps, knowledge }, blocked.emit);
    expect(asked).toBe(0);

    const allowed = scriptedRun([{ deltas: ['Mercury'] }], { config: moderation() });
    const outcome = await runPromptApp({ ...allowed.input, query: 'closest planet?' }, { ...allowed.deps, knowledge }, allowed.emit);
    expect(asked).toBe(1);
    expect(outcome.answer).toBe('Mercury');
    expect(JSON.stringify(allowed.fake.requests[0])).toContain('Mercury is closest to the Sun.');
  });

  it('replaces a flagged answer with message_replace once it is complete', async () => {
    const run = scriptedRun([{ deltas: ['this is ', 'forbidden ', 'stuff'] }], { config: moderation(true) });
    const outcome = await runPromptApp(run.input, run.deps, run.emit);
    expect(run.events.at(-1)).toEqual({ type: 'message_replace', answer: 'Answer withheld.', reason: 'output_moderation' });
    expect(outcome).toMatchObject({ answer: 'Answer withheld.', moderated: 'output', stopped: false });
  });

  it('cuts a long flagged answer short while it streams', async () => {
    const deltas = [...Array.from({ length: 40 }, () => 'harmless words '), 'forbidden ', ...Array.from({ length: 40 }, () => 'more words ')];
    const run = scriptedRun([{ deltas }], { config: moderation(true) });
    const outcome = await runPromptApp(run.input, run.deps, run.emit);
    const sent = run.events.filter((event) => event.type === 'message').length;
    expect(sent).toBeLessThan(deltas.length);
    expect(run.fake.state.abandonedStreams).toBe(1);
    expect(outcome.answer).toBe('Answer withheld.');
  });
});

describe('runPromptApp: function-calling agent', () => {
  const agentConfig = (extra: Record<string, unknown> = {}) => ({
    pre_prompt: 'You are a helper for {{name}}.',
    agent_mode: {
      enabled: true,
      strategy: 'function_call' as const,
      tools: [
        { provider_type: 'builtin', provider_id: 'time', tool_name: 'current_time', tool_parameters: { timezone: 'Asia/Tokyo' }, enabled: true },
        { provider_type: 'builtin', provider_id: 'maths', tool_name: 'eval_expression', tool_parameters: {}, enabled: true },
        { provider_type: 'builtin', provider_id: 'maths', tool_name: 'eval_expression', tool_parameters: {}, enabled: false },
      ],
      ...extra,
    },
  });

  it('runs parallel tool calls, feeds results back, records one thought per step and adds usage up', async () => {
    const run = scriptedRun(
      [
        { toolCalls: [{ name: 'current_time', arguments: {} }, { name: 'eval_expression', arguments: { expression: '6*7' } }], totalPrice: '0.0000150' },
        { deltas: ['It is ', 'late; ', '42.'], totalPrice: '0.0000275', promptTokens: 30, completionTokens: 6 },
      ],
      { mode: 'agent-chat', config: agentConfig(), definition: { features: ['tool-call', 'multi-tool-call'] } },
    );
    const outcome = await runPromptApp({ ...run.input, inputs: { name: 'Ada' } }, run.deps, run.emit);
    expect(outcome.answer).toBe('It is late; 42.');
    expect(textOf(run.events, 'agent_message')).toBe('It is late; 42.');
    expect(outcome.usage).toMatchObject({ prompt_tokens: 40, completion_tokens: 11, total_tokens: 51, total_price: '0.0000425' });
    expect(outcome.agentThoughts).toEqual([
      {
        id: 'thought-1',
        position: 1,
        thought: '',
        tool: 'current_time;eval_expression',
        tool_labels: { current_time: { en_US: 'Current Time', zh_Hans: '获取当前时间' }, eval_expression: { en_US: 'Evaluate Math Expression', zh_Hans: '计算数学表达式' } },
        tool_input: JSON.stringify({ current_time: {}, eval_expression: { expression: '6*7' } }),
        observation: JSON.stringify({ current_time: '2024-03-05 23:07:09 GMT+9', eval_expression: '42' }),
        message_files: [],
      },
      expect.objectContaining({ id: 'thought-2', position: 2, thought: 'It is late; 42.', tool: '' }),
    ]);
    const second = run.fake.requests[1]!;
    expect(second.messages[0]).toEqual({ role: 'system', content: 'You are a helper for Ada.' });
    expect(second.messages.slice(-3)).toEqual([
      { role: 'assistant', content: '', tool_calls: [expect.objectContaining({ id: 'call_1_0' }), expect.objectContaining({ id: 'call_1_1' })] },
      { role: 'tool', content: '2024-03-05 23:07:09 GMT+9', tool_call_id: 'call_1_0', name: 'current_time' },
      { role: 'tool', content: '42', tool_call_id: 'call_1_1', name: 'eval_expression' },
    ]);
    expect(run.fake.requests[0]!.tools?.map((tool) => tool.name)).toEqual(['current_time', 'eval_expression']);
    const thoughtEvents = run.events.filter((event) => event.type === 'agent_thought');
    expect(thoughtEvents.map((event) => event.type === 'agent_thought' && event.thought.observation !== '')).toContain(true);
  });

  it('turns an unknown tool into an observation and stops offering tools on the last allowed step', async () => {
    const run = scriptedRun(
      [{ toolCalls: [{ name: 'launch_rocket', arguments: {} }] }, { toolCalls: [{ name: 'eval_expression', arguments: {} }] }],
      { mode: 'agent-chat', config: agentConfig({ max_iteration: 1 }), definition: { features: ['tool-call'] } },
    );
    const outcome = await runPromptApp(run.input, run.deps, run.emit);
    expect(outcome.agentThoughts[0]!.observation).toBe(JSON.stringify({ launch_rocket: 'there is not a tool named launch_rocket' }));
    expect(run.fake.requests).toHaveLength(2);
    expect(run.fake.requests[1]!.tools).toBeUndefined();
    expect(outcome.stopped).toBe(false);
  });

  it('reports a missing required tool parameter as the observation', async () => {
    const run = scriptedRun([{ toolCalls: [{ name: 'eval_expression', arguments: {} }] }, { text: 'ok' }], {
      mode: 'agent-chat',
      config: agentConfig(),
      definition: { features: ['tool-call'] },
    });
    const outcome = await runPromptApp(run.input, run.deps, run.emit);
    expect(outcome.agentThoughts[0]!.observation).toContain('tool parameters validation error: tool parameter expression not found');
  });
});

describe('runPromptApp: agent under output moderation', () => {
  const config = {
    ...moderation(true),
    agent_mode: { enabled: true, strategy: 'react' as const, tools: [] },
  };

  it('replaces a flagged agent answer and reports it as moderated, not stopped', async () => {
    const run = scriptedRun([{ text: 'Final Answer: the forbidden answer' }], { mode: 'agent-chat', config });
    const outcome = await runPromptApp(run.input, run.deps, run.emit);
    expect(run.events.at(-1)).toEqual({ type: 'message_replace', answer: 'Answer withheld.', reason: 'output_moderation' });
    expect(outcome).toMatchObject({ answer: 'Answer withheld.', moderated: 'output', stopped: false });
  });

  it('ends a long flagged agent answer while it streams', async () => {
    const deltas = ['Final Answer:', ...Array.from({ length: 40 }, () => ' harmless words'), ' forbidden', ...Array.from({ length: 40 }, () => ' more')];
    const run = scriptedRun([{ deltas }], { mode: 'agent-chat', config });
    const outcome = await runPromptApp(run.input, run.deps, run.emit);
    expect(run.events.filter((event) => event.type === 'agent_message').length).toBeLessThan(deltas.length - 1);
    expect(run.fake.state.abandonedStreams).toBe(1);
    expect(outcome).toMatchObject({ answer: 'Answer withheld.', stopped: false });
  });
});

describe('runPromptApp: ReAct agent', () => {
  const reactConfig = { agent_mode: { enabled: true, strategy: 'react' as const, tools: [{ provider_type: 'builtin', provider_id: 'maths', tool_name: 'eval_expression', tool_parameters: {}, enabled: true }] } };

  it('parses the action, runs the tool, and streams only the final answer', async () => {
    const run = scriptedRun(
      [
        { deltas: ['Thought: I should ', 'compute.\nAction:\n```json\n{"action": "eval_', 'expression", "action_input": {"expression": "2+2"}}\n```'] },
        { deltas: ['Thought: I know it.\nFinal', ' Answer: The sum ', 'is 4.'] },
      ],
      { mode: 'agent-chat', config: reactConfig },
    );
    const outcome = await runPromptApp({ ...run.input, query: 'what is 2+2?' }, run.deps, run.emit);
    expect(outcome.answer).toBe('The sum is 4.');
    expect(textOf(run.events, 'agent_message')).toBe('The sum is 4.');
    expect(outcome.agentThoughts.map(({ thought, tool, tool_input, observation }) => ({ thought, tool, tool_input, observation }))).toEqual([
      { thought: 'I should compute.', tool: 'eval_expression', tool_input: '{"eval_expression":{"expression":"2+2"}}', observation: '{"eval_expression":"4"}' },
      { thought: 'I know it.', tool: '', tool_input: '', observation: '' },
    ]);
    const [first, second] = run.fake.requests;
    expect(first!.tools).toBeUndefined();
    expect(first!.stop).toEqual(['Observation']);
    expect(first!.messages[0]!.content).toContain('Valid "action" values: "Final Answer" or eval_expression');
    expect(second!.messages.slice(-3)).toEqual([
      { role: 'user', content: 'what is 2+2?' },
      { role: 'assistant', content: 'Thought: I should compute.\n\nAction: {"action":"eval_expression","action_input":{"expression":"2+2"}}\n\nObservation: 4\n\n' },
      { role: 'user', content: 'continue' },
    ]);
  });

  it('takes a Final Answer action as the answer, and a plain reply as the answer too', async () => {
    const viaAction = scriptedRun([{ text: 'Thought: done\nAction: {"action": "Final Answer", "action_input": "Bye."}' }], { mode: 'agent-chat', config: reactConfig });
    expect((await runPromptApp(viaAction.input, viaAction.deps, viaAction.emit)).answer).toBe('Bye.');
    expect(textOf(viaAction.events, 'agent_message')).toBe('Bye.');
    const plain = scriptedRun([{ text: 'Hello! How can I help?' }], { mode: 'agent-chat', config: reactConfig });
    expect((await runPromptApp(plain.input, plain.deps, plain.emit)).answer).toBe('Hello! How can I help?');
  });
});
