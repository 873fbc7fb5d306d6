import { ConfigValidationError } from '../../errors';
import { isRecord, type JsonRecord } from '../../json';
import { AGENT_STRATEGIES } from '../agent-mode';

/** Tool names of the agent apps made before tools had providers; they are accepted and kept as they are. */
const OLD_TOOLS = ['dataset', 'google_search', 'web_reader', 'wikipedia', 'current_datetime'];
export const MAX_ITERATION_LIMIT = 99;

export function validateAgentMode(config: JsonRecord): void {
  if (!config.agent_mode) config.agent_mode = { enabled: false, tools: [] };
  const agent = config.agent_mode;
  if (!isRecord(agent)) fail('agent_mode must be of object type');
  if (!agent.enabled) agent.enabled = false;
  if (typeof agent.enabled !== 'boolean') fail('enabled in agent_mode must be of boolean type');
  if (!agent.strategy) agent.strategy = 'router';
  if (!(AGENT_STRATEGIES as readonly string[]).includes(agent.strategy as string)) {
    fail('strategy in agent_mode must be in the specified strategy list');
  }
  if (!agent.tools) agent.tools = [];
  if (!Array.isArray(agent.tools)) fail('tools in agent_mode must be a list of objects');
  agent.tools = agent.tools.filter((tool) => isRecord(tool) && Object.keys(tool).length > 0);
  for (const tool of agent.tools as JsonRecord[]) validateTool(tool);
  const maxIteration = agent.max_iteration;
  if (maxIteration !== undefined && maxIteration !== null) {
    if (typeof maxIteration !== 'number' || !Number.isInteger(maxIteration) || maxIteration < 1 || maxIteration > MAX_ITERATION_LIMIT) {
      fail(`max_iteration in agent_mode must be an integer between 1 and ${MAX_ITERATION_LIMIT}`);
    }
  }
}

function validateTool(tool: JsonRecord): void {
  const key = Object.keys(tool)[0]!;
  if (OLD_TOOLS.includes(key)) {
    const item = tool[key];
    if (!isRecord(item)) fail('tools in agent_mode must be a list of objects');
    if (!item.enabled) item.enabled = false;
    if (typeof item.enabled !== 'boolean') fail('enabled in agent_mode.tools must be of boolean type');
    if (key === 'dataset') {
      if (!('id' in item)) fail('id is required in dataset');
      if (typeof item.id !== 'string' || !/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(item.id)) {
        fail('id in dataset must be of UUID type');
      }
    }
    return;
  }
  if (!tool.enabled) tool.enabled = false;
  if (!('provider_type' in tool)) fail('provider_type is required in agent_mode.tools');
  if (!('provider_id' in tool)) fail('provider_id is required in agent_mode.tools');
  if (!('tool_name' in tool)) fail('tool_name is required in agent_mode.tools');
  if (!('tool_parameters' in tool)) fail('tool_parameters is required in agent_mode.tools');
}

function fail(message: string): never {
  throw new ConfigValidationError(message);
}
