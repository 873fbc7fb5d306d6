import { z } from 'zod';

/**
 * Dify's PlanningStrategy values. `function_call` and `react` are what agent apps use; `router` and
 * `react_router` are what chat apps with knowledge carry (and what Dify fills in when none is given).
 */
export const AGENT_STRATEGIES = ['router', 'react_router', 'react', 'function_call'] as const;
export type AgentStrategy = (typeof AGENT_STRATEGIES)[number];

export const ZAgentTool = z
  .looseObject({
    provider_type: z.string(),
    provider_id: z.string(),
    provider_name: z.string().optional(),
    tool_name: z.string(),
    tool_label: z.string().optional(),
    tool_parameters: z.record(z.string(), z.unknown()),
    enabled: z.boolean().optional(),
    credential_id: z.string().nullable().optional(),
    notAuthor: z.boolean().optional(),
  })
  .meta({ id: 'AgentTool' });
export type TAgentTool = z.infer<typeof ZAgentTool>;

/** Old agent tools are keyed by name (`{"current_datetime": {"enabled": true}}`); they are kept but never run. */
const ZLegacyAgentTool = z.record(z.string(), z.looseObject({ enabled: z.boolean().optional(), id: z.string().optional() }));

export const ZAgentPrompt = z
  .looseObject({ first_prompt: z.string().optional(), next_iteration: z.string().optional() })
  .meta({ id: 'AgentPrompt' });

export const ZAgentMode = z
  .looseObject({
    enabled: z.boolean(),
    strategy: z.enum(AGENT_STRATEGIES).nullable().optional(),
    tools: z.array(z.union([ZAgentTool, ZLegacyAgentTool])),
    prompt: ZAgentPrompt.nullable().optional(),
    max_iteration: z.number().int().optional(),
    clear_history_tool_response: z.boolean().optional(),
  })
  .meta({ id: 'AgentModeConfig' });
export type TAgentMode = z.infer<typeof ZAgentMode>;

export function isCurrentStyleTool(tool: TAgentMode['tools'][number]): tool is TAgentTool {
  return typeof (tool as TAgentTool).tool_name === 'string' && typeof (tool as TAgentTool).provider_id === 'string';
}
