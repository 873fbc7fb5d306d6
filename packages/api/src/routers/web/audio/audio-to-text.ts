import { z } from 'zod';
import { documentAudioForm, readAudioForm } from '../../../http/audio-form';
import { definePlainRoute } from '../../../http/plain-route';
import { type PlainRoute } from '../../../http/surface';
import { assertSpeechToTextOn, transcribeAudio } from '../../../services/audio/speech-to-text';
import { audioToTextDocs } from '../../service/audio/audio-to-text.types';

function audioToTextRouteAt(path: string, fileFields: readonly string[]): PlainRoute {
  return documentAudioForm(
    definePlainRoute({
      method: 'POST',
      path,
      auth: 'passport',
      ...audioToTextDocs,
      responses: { ...audioToTextDocs.responses, 400: { description: 'no_audio_uploaded, invalid_param (speech to text is off), provider errors' } },
      async handle({ ctx, req, caller: passport }) {
        await assertSpeechToTextOn(ctx.deps, passport);
        const form = await readAudioForm(req, fileFields);
        return Response.json(await transcribeAudio(ctx.deps, passport, form.audio));
      },
    }),
    z.object({}),
    fileFields[0],
  );
}

/** `POST /api/audio-to-text`: the web app's microphone. */
export const webAudioToTextRoute = audioToTextRouteAt('/audio-to-text', ['file']);

/** `POST /api/audio/speech-to-text`: the same under the older path, whose clients send `audio_file`. */
export const webSpeechToTextRoute = audioToTextRouteAt('/audio/speech-to-text', ['audio_file', 'file']);
