import type { I18n, ToolDefinition, UsageCaller } from '@tessera/model-runtime';
import { isCurrentStyleTool, type TAgentMode } from '../config/agent-mode';
import { isRecord } from '../json';
import { toolDefinition } from '../tools/llm-schema';
import type { ToolRegistry } from '../tools/registry';
import type { Tool, ToolProviderType } from '../tools/types';

/** A tool as one agent app uses it: the registry's tool plus the settings the app's author chose for it. */
export interface AgentToolBinding {
  name: string;
  tool: Tool;
  label: I18n;
  /** Values for the `form` parameters, from the app's agent_mode.tools[].tool_parameters. */
  settings: Record<string, unknown>;
}

const PROVIDER_TYPES: ToolProviderType[] = ['builtin', 'api', 'workflow', 'mcp'];

/** The app's enabled tools that the registry knows; unknown or disabled ones are left out, as Dify does. */
export function bindAgentTools(agentMode: TAgentMode, registry: ToolRegistry): AgentToolBinding[] {
  const bindings: AgentToolBinding[] = [];
  for (const entry of agentMode.tools) {
    if (!isCurrentStyleTool(entry) || entry.enabled === false) continue;
    const type = PROVIDER_TYPES.find((candidate) => candidate === entry.provider_type);
    const tool = type ? registry.findTool(type, entry.provider_id, entry.tool_name) : undefined;
    if (!tool || bindings.some((binding) => binding.name === tool.name)) continue;
    bindings.push({ name: tool.name, tool, label: tool.label, settings: entry.tool_parameters ?? {} });
  }
  return bindings;
}

export function toolDefinitions(bindings: AgentToolBinding[]): ToolDefinition[] {
  return bindings.map((binding) => toolDefinition(binding.tool, binding.name));
}

/**
 * Arguments for a call: parameter defaults, then the author's settings, then what the model chose for its own
 * parameters. A bare string from a ReAct model is taken as the value of the tool's only model parameter.
 */
function argumentsFor(binding: AgentToolBinding, modelInput: unknown): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const parameter of binding.tool.parameters) {
    if (parameter.default !== undefined && parameter.default !== null) args[parameter.name] = parameter.default;
  }
  for (const [key, value] of Object.entries(binding.settings)) if (value !== undefined && value !== null && value !== '') args[key] = value;
  const llmParameters = binding.tool.parameters.filter((parameter) => parameter.form === 'llm');
  if (isRecord(modelInput)) {
    for (const parameter of llmParameters) if (parameter.name in modelInput) args[parameter.name] = modelInput[parameter.name];
  } else if (modelInput !== undefined && modelInput !== null && llmParameters.length === 1) {
    args[llmParameters[0]!.name] = typeof modelInput === 'string' ? modelInput : JSON.stringify(modelInput);
  }
  return args;
}

export interface ToolCallContext {
  caller: UsageCaller;
  signal?: AbortSignal;
  now: () => Date;
}

/**
 * Runs one tool call and returns the observation. Nothing here throws: a missing tool, missing required
 * parameters or a failing tool become the observation text (Dify's ToolEngine wording), so the model can
 * react to them and the run goes on.
 */
export async function invokeTool(
  bindings: AgentToolBinding[],
  name: string,
  modelInput: unknown,
  context: ToolCallContext,
): Promise<string> {
  const binding = bindings.find((candidate) => candidate.name === name);
  if (!binding) return `there is not a tool named ${name}`;
  const args = argumentsFor(binding, modelInput);
  const missing = binding.tool.parameters.find((parameter) => parameter.required && (args[parameter.name] === undefined || args[parameter.name] === ''));
  if (missing) {
    return `tool parameters validation error: tool parameter ${missing.name} not found in tool config, please check your tool parameters`;
  }
  try {
    return await binding.tool.invoke(args, context);
  } catch (error) {
    return `tool invoke error: ${error instanceof Error ? error.message : String(error)}`;
  }
}
