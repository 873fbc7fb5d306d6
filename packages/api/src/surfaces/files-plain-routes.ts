import { type PlainRoute } from '../http/surface';
import { filePreviewRoute } from '../routers/files/file-preview';
import { imagePreviewRoute } from '../routers/files/image-preview';

/** The files surface serves bytes, which the OpenAPI adapter cannot: every route here is plain. */
export const filesPlainRoutes: PlainRoute[] = [filePreviewRoute, imagePreviewRoute];
