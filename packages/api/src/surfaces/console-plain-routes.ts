import { type PlainRoute } from '../http/surface';
import { uploadFileRoute } from '../routers/console/files/upload-file';
import { providerIconRoutes } from '../routers/console/model-providers/provider-icon';
import { builtinToolIconRoute } from '../routers/console/tool-providers/builtin-tool-icon';

/** Console routes the OpenAPI adapter cannot serve (multipart uploads, icons). */
export const consolePlainRoutes: PlainRoute[] = [uploadFileRoute, ...providerIconRoutes, builtinToolIconRoute];
