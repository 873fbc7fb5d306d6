import { z } from 'zod';

export const ZServiceAudioFields = z.object({
  user: z.string().optional().describe("The end user's identifier; `DEFAULT-USER` when absent"),
});

export const ZAudioToTextResponse = z.object({ text: z.string() }).meta({ id: 'AudioToTextResponse' });

export const audioToTextDocs = {
  tags: ['Audio'],
  summary: 'Transcribe speech with the workspace’s default speech-to-text model',
  description:
    'Multipart: the audio in the `file` part. Needs the app’s speech-to-text feature. Dify accepts ' +
    '`audio/{mp3,m4a,wav,amr,mpga}`; Tessera also accepts what browsers record (`audio/webm`, `audio/mp4`, ' +
    '`audio/ogg`) and `audio/mpeg`, `audio/x-wav`, `audio/x-m4a`. At most 30 MB.',
  responses: {
    200: { description: 'The transcript', json: ZAudioToTextResponse },
    400: { description: 'bad_request_key_error (no `file` part), invalid_param (speech to text is off), provider errors' },
    401: { description: 'Missing or invalid app key' },
    413: { description: 'audio_too_large' },
    415: { description: 'unsupported_audio_type' },
  },
};
