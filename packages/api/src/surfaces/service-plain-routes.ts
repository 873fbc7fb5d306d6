import { type PlainRoute } from '../http/surface';
import { serviceAudioToTextRoute } from '../routers/service/audio/audio-to-text';
import { serviceTextToAudioRoute } from '../routers/service/audio/text-to-audio';
import { documentFileRoutes } from '../routers/service/datasets/document-files';
import { servicePreviewFileRoute } from '../routers/service/files/preview-file';
import { serviceUploadFileRoute } from '../routers/service/files/upload-file';
import { chatMessagesRoute } from '../routers/service/generation/chat-messages';
import { completionMessagesRoute } from '../routers/service/generation/completion-messages';
import { taskEventsRoutes } from '../routers/service/generation/task-events';

/** Service API routes the OpenAPI adapter cannot serve: answers that may stream, multipart uploads, file and audio answers. */
export const servicePlainRoutes: PlainRoute[] = [
  chatMessagesRoute,
  completionMessagesRoute,
  ...taskEventsRoutes,
  serviceUploadFileRoute,
  servicePreviewFileRoute,
  serviceAudioToTextRoute,
  serviceTextToAudioRoute,
  ...documentFileRoutes,
];
