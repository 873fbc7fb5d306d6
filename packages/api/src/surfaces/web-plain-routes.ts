import { type PlainRoute } from '../http/surface';
import { inngestRoutes } from '../jobs/inngest-routes';
import { webAudioToTextRoute, webSpeechToTextRoute } from '../routers/web/audio/audio-to-text';
import { webAudioTextToAudioRoute, webTextToAudioRoute } from '../routers/web/audio/text-to-audio';
import { webUploadFileRoute } from '../routers/web/files/upload-file';

/** Web-app routes the OpenAPI adapter cannot serve (multipart uploads, audio answers), and the Inngest endpoint under `/api`. */
export const webPlainRoutes: PlainRoute[] = [
  webUploadFileRoute,
  webAudioToTextRoute,
  webSpeechToTextRoute,
  webTextToAudioRoute,
  webAudioTextToAudioRoute,
  ...inngestRoutes,
];
