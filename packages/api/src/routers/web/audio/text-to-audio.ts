import { definePlainRoute, jsonBody } from '../../../http/plain-route';
import { speechResponse } from '../../../http/speech-response';
import { type PlainRoute } from '../../../http/surface';
import { speakForApp } from '../../../services/audio/text-to-speech';
import { textToAudioDocs, ZTextToAudioBody } from '../../service/audio/text-to-audio.types';

function textToAudioRouteAt(path: string): PlainRoute {
  return definePlainRoute({
    method: 'POST',
    path,
    auth: 'passport',
    ...textToAudioDocs,
    body: jsonBody(ZTextToAudioBody.omit({ user: true })),
    async handle({ ctx, req, caller: passport, body }) {
      const speech = await speakForApp(ctx.deps, passport, { messageId: body.message_id, text: body.text, voice: body.voice });
      return speechResponse(req, speech);
    },
  });
}

/** `POST /api/text-to-audio`: reads out text, or an answer the passport's end user received. */
export const webTextToAudioRoute = textToAudioRouteAt('/text-to-audio');

/** `POST /api/audio/text-to-audio`: the same under the older path. */
export const webAudioTextToAudioRoute = textToAudioRouteAt('/audio/text-to-audio');
