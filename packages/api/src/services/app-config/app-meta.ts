import { type App } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { isObject, isPromptMode, normaliseModelConfig } from '../apps/model-config';
import { builtinToolIconPath } from './builtin-tools';
import { type CallerAppRef, findCallerApp } from './caller-app';

type ToolIcon = string | { background: string; content: string };

// Dify's stand-in when an API tool's provider cannot be read; API tool providers do not exist yet.
const API_TOOL_FALLBACK_ICON = { background: '#252525', content: '😁' };

/**
 * Dify's `get_app_meta`: an icon for each tool of the agent, keyed by tool name. Built-in tools
 * point at the console's icon route; only items in the current tool shape (four keys or more)
 * count, as in Dify. Workflow apps take theirs from a published workflow, and none is published yet.
 */
export function presentAppMeta(deps: AppDeps, app: App): { tool_icons: Record<string, ToolIcon> } {
  const toolIcons: Record<string, ToolIcon> = {};
  if (!isPromptMode(app.mode) || !app.modelConfig) return { tool_icons: toolIcons };
  const tools = normaliseModelConfig(app.modelConfig).agent_mode.tools;
  for (const tool of Array.isArray(tools) ? tools : []) {
    if (!isObject(tool) || Object.keys(tool).length < 4) continue;
    const name = typeof tool.tool_name === 'string' ? tool.tool_name : '';
    const providerId = typeof tool.provider_id === 'string' ? tool.provider_id : '';
    if (tool.provider_type === 'builtin') toolIcons[name] = builtinToolIconPath(deps.urls.consoleApi, providerId);
    else if (tool.provider_type === 'api') toolIcons[name] = API_TOOL_FALLBACK_ICON;
  }
  return { tool_icons: toolIcons };
}

/** `GET /v1/meta`, `GET /api/meta`, `GET /api/app/meta`: for the caller's app. */
export async function callerAppMeta(deps: AppDeps, ref: CallerAppRef) {
  return presentAppMeta(deps, await findCallerApp(deps, ref));
}
