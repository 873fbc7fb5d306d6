import { definePlainRoute } from '../../../http/plain-route';
import { serveFile } from '../../../http/serve-file';
import { type PlainRoute } from '../../../http/surface';
import { ICON_TYPES } from '../../../services/model-providers/catalog-lookup';
import { providerIconSvg } from '../../../services/model-providers/provider-icons';
import { providerIconDocs } from './provider-icon.types';

/**
 * Icons are bytes, so plain routes. The icon type is spelled out in each path rather than matched
 * as a parameter: a `{icon_type}/{lang}` pattern would also swallow `…/{provider}/models/credentials`.
 */
function iconRoute(prefix: string, iconType: string, byWorkspace: boolean): PlainRoute {
  return definePlainRoute({
    method: 'GET',
    path: `${prefix}/model-providers/{provider}/${iconType}/{lang}`,
    auth: 'none',
    ...providerIconDocs(iconType, byWorkspace),
    async handle({ req, params }) {
      const svg = providerIconSvg(params.provider, iconType, params.lang);
      // Our own drawings, but SVG all the same: served like any file, so `<img>` draws it and a tab downloads it.
      return serveFile(req, {
        content: new TextEncoder().encode(svg),
        mimeType: 'image/svg+xml',
        fileName: `${iconType}.svg`,
        cacheControl: 'public, max-age=86400',
      });
    },
  });
}

export const providerIconRoutes: PlainRoute[] = ICON_TYPES.flatMap((iconType) => [
  iconRoute('/workspaces/current', iconType, false),
  iconRoute('/workspaces/{tenant_id}', iconType, true),
]);
