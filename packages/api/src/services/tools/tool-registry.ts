import { builtinToolProviders, createToolRegistry, type ToolRegistry } from '@tessera/app-engine';
import { createGuardedFetch } from '@tessera/net-guard';
import { type AppConfig } from '../../config';

const registries = new WeakMap<AppConfig, ToolRegistry>();

/**
 * The tools agents may call, built once per configuration: the built-in providers, with the web
 * page reader fetching through the SSRF guard so a prompt cannot reach private or metadata addresses.
 */
export function agentToolRegistry(config: AppConfig): ToolRegistry {
  let registry = registries.get(config);
  if (!registry) {
    registry = createToolRegistry(builtinToolProviders({ webscraper: { fetch: createGuardedFetch(config.netPolicy) } }));
    registries.set(config, registry);
  }
  return registry;
}
