import type { LlmUsage, PromptContentPart, PromptMessage } from '@tessera/model-runtime';
import { callSettings, mergeStops } from '../run/call-settings';
import { streamCall } from '../run/stream-call';
import type { Emit, RunDeps, RunInput, RunOutcome } from '../run/types';
import { addUsage } from '../run/usage';
import { invokeTool, toolDefinitions, type AgentToolBinding } from './agent-tools';
import { cleanThought, FinalAnswerStream } from './final-answer-stream';
import { agentInstruction } from './instruction';
import { iterationLimit } from './iteration-limit';
import { reactMessages } from './react-messages';
import { ReactOutputParser, type ReactAction, type ReactSegment } from './react-parser';
import type { ScratchpadUnit } from './react-scratchpad';
import type { ThoughtRecorder } from './thought-recorder';

/** ReAct models are stopped before they invent the tool's answer themselves. */
const REACT_STOP = ['Observation'];

interface StepOutcome {
  action?: ReactAction;
  thought: string;
  /** Answer text already sent as agent_message during the step. */
  streamedAnswer: string;
}

function answerText(input: unknown): string {
  return typeof input === 'string' ? input : JSON.stringify(input);
}

/**
 * Dify's ReAct agent for models without tool calling: the model writes Thought / Action (a JSON blob) steps,
 * each action's tool runs and its observation goes back in the scratchpad, until a "Final Answer" action (or a
 * reply without any action). Only the final answer is streamed to the user; thoughts go to agent thoughts.
 */
export async function runReactAgent(
  input: RunInput,
  deps: RunDeps,
  emit: Emit,
  bindings: AgentToolBinding[],
  files: PromptContentPart[],
  recorder: ThoughtRecorder,
): Promise<RunOutcome> {
  const { params, stop } = callSettings(input.config, input.model);
  const instruction = agentInstruction(input.config.pre_prompt, input.inputs);
  const limit = iterationLimit(input.config.agent_mode.max_iteration);
  const scratchpad: ScratchpadUnit[] = [];
  let usage: LlmUsage | undefined;
  let messages: PromptMessage[] = [];
  let answer = '';
  for (let step = 1; step <= limit; step++) {
    const lastStep = step === limit;
    const thought = recorder.start();
    await recorder.publish(thought);
    messages = reactMessages({
      modelMode: input.config.model.mode,
      customPrompt: input.config.agent_mode.prompt?.first_prompt || undefined,
      instruction,
      tools: lastStep ? [] : toolDefinitions(bindings),
      history: input.history,
      query: input.query,
      files,
      scratchpad,
    });
    const parser = new ReactOutputParser();
    const finalAnswer = new FinalAnswerStream();
    const outcome: StepOutcome = { thought: '', streamedAnswer: '' };
    const take = async (segments: ReactSegment[]) => {
      for (const segment of segments) {
        if (outcome.action) return;
        if (segment.kind === 'action') {
          outcome.action = segment.action;
          continue;
        }
        const delta = finalAnswer.feed(segment.text);
        if (delta) {
          outcome.streamedAnswer += delta;
          await emit({ type: 'agent_message', delta });
        }
      }
    };
    const result = await streamCall(
      deps.models,
      {
        target: input.model,
        messages,
        parameters: params,
        stop: mergeStops(REACT_STOP, stop),
        signal: input.signal,
        caller: input.caller,
      },
      (delta) => take(parser.push(delta)),
    );
    await take(parser.end());
    if (!outcome.action) {
      const rest = finalAnswer.finish();
      if (rest) {
        outcome.streamedAnswer += rest;
        await emit({ type: 'agent_message', delta: rest });
      }
    }
    usage = addUsage(usage, result.usage);
    outcome.thought = cleanThought(finalAnswer.before);
    thought.thought = outcome.thought;

    const action = outcome.action;
    const isTool = action && action.name.toLowerCase() !== 'final answer' && !lastStep;
    if (result.stopped || !isTool) {
      answer = await finish(outcome, result.stopped, emit);
      await recorder.publish(thought);
      return { answer, usage, promptMessages: messages, agentThoughts: recorder.thoughts, stopped: result.stopped };
    }
    recorder.setTools(thought, [{ name: action.name, input: action.input }]);
    await recorder.publish(thought);
    const observation = await invokeTool(bindings, action.name, action.input, {
      caller: input.caller,
      signal: input.signal,
      now: deps.now,
    });
    recorder.setObservations(thought, [{ name: action.name, observation }]);
    await recorder.publish(thought);
    scratchpad.push({ thought: outcome.thought || 'I am thinking about how to help you', action, observation });
    if (input.signal?.aborted) {
      return { answer, usage, promptMessages: messages, agentThoughts: recorder.thoughts, stopped: true };
    }
  }
  return { answer, usage: usage!, promptMessages: messages, agentThoughts: recorder.thoughts, stopped: false };
}

/**
 * The step's answer: a "Final Answer" action's input, else the text after "Final Answer:" (already streamed),
 * else, for a model that just replied, its whole text.
 */
async function finish(outcome: StepOutcome, stopped: boolean, emit: Emit): Promise<string> {
  if (outcome.streamedAnswer) return outcome.streamedAnswer;
  if (stopped) return '';
  const answer =
    outcome.action && outcome.action.name.toLowerCase() === 'final answer' ? answerText(outcome.action.input) : outcome.thought;
  if (answer) await emit({ type: 'agent_message', delta: answer });
  return answer;
}
