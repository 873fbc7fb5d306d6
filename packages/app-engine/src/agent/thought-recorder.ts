import type { AgentToolBinding } from './agent-tools';
import type { AgentThought, Emit } from '../run/types';

/** Keeps the run's agent thoughts and sends each change as an `agent_thought` event with the thought in full. */
export class ThoughtRecorder {
  readonly thoughts: AgentThought[] = [];

  constructor(
    private readonly emit: Emit,
    private readonly newId: () => string,
    private readonly bindings: AgentToolBinding[],
  ) {}

  start(): AgentThought {
    const thought: AgentThought = {
      id: this.newId(),
      position: this.thoughts.length + 1,
      thought: '',
      observation: '',
      tool: '',
      tool_labels: {},
      tool_input: '',
      message_files: [],
    };
    this.thoughts.push(thought);
    return thought;
  }

  /** Names the step's tools (";"-joined, as Dify stores them) with their labels and inputs. */
  setTools(thought: AgentThought, calls: { name: string; input: unknown }[]): void {
    thought.tool = calls.map((call) => call.name).join(';');
    thought.tool_input = calls.length > 0 ? JSON.stringify(Object.fromEntries(calls.map((call) => [call.name, call.input]))) : '';
    thought.tool_labels = Object.fromEntries(
      calls.map((call) => [call.name, this.bindings.find((binding) => binding.name === call.name)?.label ?? { en_US: call.name }]),
    );
  }

  setObservations(thought: AgentThought, observations: { name: string; observation: string }[]): void {
    thought.observation = JSON.stringify(Object.fromEntries(observations.map((item) => [item.name, item.observation])));
  }

  publish(thought: AgentThought): Promise<void> | void {
    return this.emit({ type: 'agent_thought', thought: { ...thought, tool_labels: { ...thought.tool_labels } } });
  }
}
