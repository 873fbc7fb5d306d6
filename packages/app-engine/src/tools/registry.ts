import type { Tool, ToolProvider, ToolProviderType } from './types';

/** Where agents find tools; later steps register workflow, API and MCP providers beside the built-in ones. */
export interface ToolRegistry {
  register(provider: ToolProvider): void;
  providers(type?: ToolProviderType): ToolProvider[];
  provider(type: ToolProviderType, id: string): ToolProvider | undefined;
  findTool(type: ToolProviderType, providerId: string, toolName: string): Tool | undefined;
}

/**
 * Dify's DSL files name built-in providers either plainly (`time`) or by plugin id (`langgenius/time/time`);
 * both resolve to the same provider.
 */
export function providerKey(type: ToolProviderType, id: string): string {
  const name = type === 'builtin' && id.includes('/') ? id.split('/').at(-1)! : id;
  return `${type}:${name}`;
}

export function createToolRegistry(initial: ToolProvider[] = []): ToolRegistry {
  const byKey = new Map<string, ToolProvider>();
  const registry: ToolRegistry = {
    register(provider) {
      byKey.set(providerKey(provider.type, provider.name), provider);
    },
    providers(type) {
      return [...byKey.values()].filter((provider) => type === undefined || provider.type === type);
    },
    provider(type, id) {
      return byKey.get(providerKey(type, id));
    },
    findTool(type, providerId, toolName) {
      return registry.provider(type, providerId)?.tools.find((tool) => tool.name === toolName);
    },
  };
  for (const provider of initial) registry.register(provider);
  return registry;
}
