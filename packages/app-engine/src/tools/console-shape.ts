import type { I18n } from '@tessera/model-runtime';
import { toolDefinition } from './llm-schema';
import type { ToolParameter, ToolProvider } from './types';

export interface ConsoleTool {
  author: string;
  name: string;
  label: I18n;
  description: I18n;
  parameters: ToolParameter[];
  labels: string[];
  output_schema: Record<string, unknown> | null;
  /** The JSON schema the model is given for this tool. */
  llm_schema: Record<string, unknown>;
}

export interface ConsoleToolProvider {
  id: string;
  author: string;
  name: string;
  plugin_id: string | null;
  description: I18n;
  icon: string;
  label: I18n;
  type: string;
  team_credentials: Record<string, unknown>;
  is_team_authorization: boolean;
  allow_delete: boolean;
  tools: ConsoleTool[];
  labels: string[];
}

/** A provider in the shape of the console's builtin tool list (Dify's ToolProviderApiEntity). */
export function consoleProvider(provider: ToolProvider): ConsoleToolProvider {
  return {
    id: provider.name,
    author: provider.author,
    name: provider.name,
    plugin_id: null,
    description: provider.description,
    icon: provider.icon,
    label: provider.label,
    type: provider.type,
    team_credentials: {},
    // Built-in providers here need no credentials, so they are always usable.
    is_team_authorization: true,
    allow_delete: false,
    tools: provider.tools.map((tool) => ({
      author: tool.author,
      name: tool.name,
      label: tool.label,
      description: tool.description.human,
      parameters: tool.parameters,
      labels: tool.labels ?? [],
      output_schema: null,
      llm_schema: toolDefinition(tool).parameters,
    })),
    labels: provider.labels,
  };
}
