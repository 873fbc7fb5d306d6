import { definePlainRoute, jsonBody } from '../../../http/plain-route';
import { speechResponse } from '../../../http/speech-response';
import { serviceApiEndUser } from '../../../services/end-users/end-users';
import { speakForApp } from '../../../services/audio/text-to-speech';
import { textToAudioDocs, ZTextToAudioBody } from './text-to-audio.types';

/** `POST /v1/text-to-audio`. */
export const serviceTextToAudioRoute = definePlainRoute({
  method: 'POST',
  path: '/text-to-audio',
  auth: 'appKey',
  ...textToAudioDocs,
  body: jsonBody(ZTextToAudioBody),
  async handle({ ctx, req, caller: app, body }) {
    const endUser = await serviceApiEndUser(ctx.deps, app, body.user);
    const speech = await speakForApp(
      ctx.deps,
      { workspaceId: app.workspaceId, appId: app.appId, endUserId: endUser.id },
      { messageId: body.message_id, text: body.text, voice: body.voice },
    );
    return speechResponse(req, speech);
  },
});
