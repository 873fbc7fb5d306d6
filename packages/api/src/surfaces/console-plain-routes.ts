import { type PlainRoute } from '../http/surface';
import { uploadFileRoute } from '../routers/console/files/upload-file';

/** Console routes the OpenAPI adapter cannot serve (multipart uploads). */
export const consolePlainRoutes: PlainRoute[] = [uploadFileRoute];
