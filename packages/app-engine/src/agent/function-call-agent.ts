import type { LlmUsage, PromptContentPart, PromptMessage } from '@tessera/model-runtime';
import { restTokens } from '../memory/rest-tokens';
import { userMessageContent } from '../prompt/files';
import { callSettings, mergeStops } from '../run/call-settings';
import { streamCall } from '../run/stream-call';
import type { Emit, RunDeps, RunInput, RunOutcome } from '../run/types';
import { addUsage } from '../run/usage';
import { agentHistoryGroups, fitHistoryGroups } from './agent-history';
import { invokeTool, toolDefinitions, type AgentToolBinding } from './agent-tools';
import { agentInstruction } from './instruction';
import { iterationLimit } from './iteration-limit';
import { type ThoughtRecorder } from './thought-recorder';

function parseArguments(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Dify's function-calling agent: the model gets the tools; every step it answers with text or tool calls;
 * the calls run (several at once when the model asks for several), their results go back, and the loop ends
 * when a step calls no tool. The last allowed step gets no tools, so it must answer.
 */
export async function runFunctionCallAgent(
  input: RunInput,
  deps: RunDeps,
  emit: Emit,
  bindings: AgentToolBinding[],
  files: PromptContentPart[],
  recorder: ThoughtRecorder,
): Promise<RunOutcome> {
  const { params, stop } = callSettings(input.config, input.model);
  const instruction = agentInstruction(input.config.pre_prompt, input.inputs);
  const system: PromptMessage[] = instruction ? [{ role: 'system', content: instruction }] : [];
  const query: PromptMessage = { role: 'user', content: userMessageContent(input.query, files) };
  const room = restTokens(input.model, params, [...system, query]);
  const history = fitHistoryGroups(agentHistoryGroups(input.history), room);
  const steps: PromptMessage[] = [];
  const definitions = toolDefinitions(bindings);
  const limit = iterationLimit(input.config.agent_mode.max_iteration);
  let answer = '';
  let usage: LlmUsage | undefined;
  let messages: PromptMessage[] = [];
  for (let step = 1; step <= limit; step++) {
    const thought = recorder.start();
    messages = [...system, ...history, query, ...steps];
    let announced = false;
    const announce = async () => {
      if (!announced) await recorder.publish(thought);
      announced = true;
    };
    const result = await streamCall(
      deps.models,
      {
        target: input.model,
        messages,
        parameters: params,
        tools: step === limit || definitions.length === 0 ? undefined : definitions,
        stop: mergeStops(stop),
        signal: input.signal,
        caller: input.caller,
      },
      async (delta) => {
        await announce();
        answer += delta;
        await emit({ type: 'agent_message', delta });
      },
    );
    usage = addUsage(usage, result.usage);
    const calls = result.toolCalls.map((call) => ({ call, input: parseArguments(call.function.arguments) }));
    thought.thought = result.text;
    recorder.setTools(thought, calls.map(({ call, input: args }) => ({ name: call.function.name, input: args })));
    await announce();
    await recorder.publish(thought);
    if (result.stopped || calls.length === 0) {
      return { answer, usage, promptMessages: messages, agentThoughts: recorder.thoughts, stopped: result.stopped };
    }
    const context = { caller: input.caller, signal: input.signal, now: deps.now };
    const observations = await Promise.all(calls.map(({ call, input: args }) => invokeTool(bindings, call.function.name, args, context)));
    recorder.setObservations(thought, calls.map(({ call }, index) => ({ name: call.function.name, observation: observations[index]! })));
    await recorder.publish(thought);
    steps.push({ role: 'assistant', content: '', tool_calls: calls.map(({ call }) => call) });
    calls.forEach(({ call }, index) => {
      steps.push({ role: 'tool', content: observations[index]!, tool_call_id: call.id, name: call.function.name });
    });
    if (input.signal?.aborted) {
      return { answer, usage, promptMessages: messages, agentThoughts: recorder.thoughts, stopped: true };
    }
  }
  return { answer, usage: usage!, promptMessages: messages, agentThoughts: recorder.thoughts, stopped: false };
}
