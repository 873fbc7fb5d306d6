import { builtinToolProviders, createToolRegistry, type ToolProvider, type ToolRegistry } from '@tessera/app-engine';

// The catalog only describes tools (names, icons); it never runs one, so its scraper cannot fetch.
const refuseFetch: typeof fetch = () => Promise.reject(new Error('the built-in tool catalog does not run tools'));

let catalog: ToolRegistry | undefined;

function builtinCatalog(): ToolRegistry {
  catalog ??= createToolRegistry(builtinToolProviders({ webscraper: { fetch: refuseFetch } }));
  return catalog;
}

/** A built-in tool provider by Dify's name (`time`) or plugin id (`langgenius/time/time`). */
export function findBuiltinToolProvider(id: string): ToolProvider | undefined {
  return builtinCatalog().provider('builtin', id);
}

/** The path segment a provider's icon is served under: plugin ids are reduced to the provider's name. */
export function builtinToolIconPath(consoleApiUrl: string, providerId: string): string {
  const name = providerId.split('/').at(-1) ?? providerId;
  return `${consoleApiUrl}/console/api/workspaces/current/tool-provider/builtin/${encodeURIComponent(name)}/icon`;
}
