import { type PlainRoute } from '../http/surface';
import { batchImportRoute } from '../routers/console/annotations/batch-import';
import { uploadFileRoute } from '../routers/console/files/upload-file';
import { providerIconRoutes } from '../routers/console/model-providers/provider-icon';

/** Console routes the OpenAPI adapter cannot serve (multipart uploads, icons). */
export const consolePlainRoutes: PlainRoute[] = [uploadFileRoute, ...providerIconRoutes, batchImportRoute];
