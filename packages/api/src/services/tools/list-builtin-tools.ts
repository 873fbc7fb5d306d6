import { consoleProvider } from '@tessera/app-engine';
import { type AppDeps } from '../../deps';
import { builtinToolIconPath } from '../app-config/builtin-tools';
import { agentToolRegistry } from './tool-registry';

/** The registry's built-in providers in the console's list shape; icons point at the public icon route. */
export function listBuiltinTools(deps: AppDeps) {
  return agentToolRegistry(deps.config)
    .providers('builtin')
    .map((provider) => {
      const { tools, ...shape } = consoleProvider(provider);
      return {
        ...shape,
        icon: builtinToolIconPath(deps.urls.consoleApi, provider.name),
        tools: tools.map(({ llm_schema: _schema, ...tool }) => tool),
      };
    });
}
