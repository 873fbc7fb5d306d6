import { errors } from '../../../errors';
import { definePlainRoute } from '../../../http/plain-route';
import { serveFile } from '../../../http/serve-file';
import { findBuiltinToolProvider } from '../../../services/app-config/builtin-tools';
import { builtinToolIconDocs } from './builtin-tool-icon.types';

/** Icons are bytes, so a plain route. */
export const builtinToolIconRoute = definePlainRoute({
  method: 'GET',
  path: '/workspaces/current/tool-provider/builtin/{provider}/icon',
  auth: 'none',
  ...builtinToolIconDocs,
  async handle({ ctx, req, params }) {
    const provider = findBuiltinToolProvider(ctx.deps.config, params.provider);
    if (!provider) throw errors.invalidParam(`builtin provider ${params.provider} not found`);
    return serveFile(req, {
      content: new TextEncoder().encode(provider.icon),
      mimeType: 'image/svg+xml',
      fileName: `${provider.name}.svg`,
      cacheControl: 'public, max-age=3600',
    });
  },
});
