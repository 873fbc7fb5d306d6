import { z } from 'zod';
import { zBool } from '../../../validation';

/** The body of every text-to-audio route; `user` is read on the Service API only. */
export const ZTextToAudioBody = z.object({
  message_id: z.string().nullish().describe('Read out this answer instead of `text`; one the end user cannot read gives `null`.'),
  text: z.string().nullish().describe('Required without `message_id`.'),
  voice: z.string().nullish().describe('Defaults to the app’s text-to-speech voice, then the model’s first voice.'),
  streaming: zBool.nullish().describe('Accepted and ignored, as in Dify.'),
  user: z.string().nullish().describe("The end user's identifier (Service API); `DEFAULT-USER` when absent"),
});

const audio = { 'audio/mpeg': { schema: { type: 'string', format: 'binary' } } };

export const textToAudioDocs = {
  tags: ['Audio'],
  summary: 'Speak text, or an answer, with the workspace’s default text-to-speech model',
  description:
    'Answers the audio the model produced (`audio/mpeg` for MP3 voices). With `message_id` the answer of that ' +
    'message is spoken; an id the end user cannot read (unknown, malformed, another app’s or another end user’s ' +
    'message) or an empty answer gives `200 null`, as Dify does for unknown messages. Needs the app’s text-to-speech feature.',
  responses: {
    200: { description: 'The speech, or JSON `null` for a message that cannot be read', content: { ...audio, 'application/json': { schema: { type: 'null' } } } },
    400: { description: 'invalid_param (Text is required, TTS is not enabled, Sorry, no voice available.), provider errors' },
    401: { description: 'Missing or invalid credential' },
  },
};
