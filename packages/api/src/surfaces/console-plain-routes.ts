import { type PlainRoute } from '../http/surface';
import { debugGenerationRoutes } from '../routers/console/apps/debug/debug-routes';
import { appImportRoutes } from '../routers/console/apps/imports/import-routes';
import { batchImportRoute } from '../routers/console/annotations/batch-import';
import { segmentsBatchImportRoute } from '../routers/console/datasets/segment-import-routes';
import { datasetStatusRoutes } from '../routers/console/datasets/status-routes';
import { uploadFileRoute } from '../routers/console/files/upload-file';
import { providerIconRoutes } from '../routers/console/model-providers/provider-icon';
import { builtinToolIconRoute } from '../routers/console/tool-providers/builtin-tool-icon';

/** Console routes the OpenAPI adapter cannot serve (multipart uploads, icons, answers that may stream). */
export const consolePlainRoutes: PlainRoute[] = [uploadFileRoute, ...providerIconRoutes, builtinToolIconRoute, batchImportRoute, ...debugGenerationRoutes, ...appImportRoutes, ...datasetStatusRoutes, segmentsBatchImportRoute];
