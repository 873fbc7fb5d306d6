import { type PlainRoute } from '../http/surface';
import { serviceAudioToTextRoute } from '../routers/service/audio/audio-to-text';
import { serviceTextToAudioRoute } from '../routers/service/audio/text-to-audio';
import { servicePreviewFileRoute } from '../routers/service/files/preview-file';
import { serviceUploadFileRoute } from '../routers/service/files/upload-file';

/** Service API routes the OpenAPI adapter cannot serve (multipart uploads, file and audio answers). */
export const servicePlainRoutes: PlainRoute[] = [serviceUploadFileRoute, servicePreviewFileRoute, serviceAudioToTextRoute, serviceTextToAudioRoute];
