import { documentAudioForm, readAudioForm } from '../../../http/audio-form';
import { definePlainRoute } from '../../../http/plain-route';
import { errors } from '../../../errors';
import { assertSpeechToTextOn, transcribeAudio } from '../../../services/audio/speech-to-text';
import { serviceApiEndUser } from '../../../services/end-users/end-users';
import { audioToTextDocs, ZAudioToTextResponse, ZServiceAudioFields } from './audio-to-text.types';

/** Dify 1.12 reads `request.files['file']`, so a form without it fails as werkzeug's missing key. */
const missingFilePart = () => errors.badRequest('bad_request_key_error', "The form has no 'file' part.");

/** `POST /v1/audio-to-text`: the feature is checked before the (up to 30 MB) body is read. */
export const serviceAudioToTextRoute = documentAudioForm(
  definePlainRoute({
    method: 'POST',
    path: '/audio-to-text',
    auth: 'appKey',
    ...audioToTextDocs,
    async handle({ ctx, req, caller: app }) {
      await assertSpeechToTextOn(ctx.deps, app);
      const form = await readAudioForm(req);
      if (!form.audio) throw missingFilePart();
      const endUser = await serviceApiEndUser(ctx.deps, app, form.fields.user);
      const result = await transcribeAudio(ctx.deps, { workspaceId: app.workspaceId, appId: app.appId, endUserId: endUser.id }, form.audio);
      return Response.json(ZAudioToTextResponse.parse(result));
    },
  }),
  ZServiceAudioFields,
);
