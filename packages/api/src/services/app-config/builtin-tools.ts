import { type ToolProvider } from '@tessera/app-engine';
import { type AppConfig } from '../../config';
import { agentToolRegistry } from '../tools/tool-registry';

/** A built-in tool provider by Dify's name (`time`) or plugin id (`langgenius/time/time`). */
export function findBuiltinToolProvider(config: AppConfig, id: string): ToolProvider | undefined {
  return agentToolRegistry(config).provider('builtin', id);
}

/** The path segment a provider's icon is served under: plugin ids are reduced to the provider's name. */
export function builtinToolIconPath(consoleApiUrl: string, providerId: string): string {
  const name = providerId.split('/').at(-1) ?? providerId;
  return `${consoleApiUrl}/console/api/workspaces/current/tool-provider/builtin/${encodeURIComponent(name)}/icon`;
}
