import { type PlainRoute } from '../http/surface';

/** Console routes the OpenAPI adapter cannot serve (multipart uploads). */
export const consolePlainRoutes: PlainRoute[] = [];
