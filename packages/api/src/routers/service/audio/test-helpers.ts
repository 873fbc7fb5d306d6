import { type TestModelServer } from '@tessera/model-runtime/testing';
import { type SeededUser, type TestApp } from '../../../testing';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE } from '../../console/model-providers/test-helpers';

/** Voices of the test tts model, the first being its default. */
export const TEST_VOICES = ['nova', 'alloy'];

/**
 * Gives `user`'s workspace default tts (`voice`) and speech2text (`ears`) models on the
 * OpenAI-compatible provider, pointed at the test model server, which speaks text as a WAV file
 * carrying it and hears it back.
 */
export async function setUpSpeechModels(app: TestApp, user: SeededUser, server: TestModelServer): Promise<void> {
  const answers = [
    await addCompatibleCredential(app, user, server),
    await addCompatibleModel(app, user, 'voice', 'tts', { voices: TEST_VOICES.join(', ') }),
    await addCompatibleModel(app, user, 'ears', 'speech2text'),
  ];
  for (const res of answers) if (res.status !== 201) throw new Error(`model set-up failed: ${res.status} ${res.text}`);
  const defaults = await app.request('POST', '/console/api/workspaces/current/default-model', {
    token: user.token,
    json: {
      model_settings: [
        { model_type: 'tts', provider: COMPATIBLE, model: 'voice' },
        { model_type: 'speech2text', provider: COMPATIBLE, model: 'ears' },
      ],
    },
  });
  if (defaults.status !== 200) throw new Error(`default models failed: ${defaults.status} ${defaults.text}`);
}

/** The audio features switched on, with the app's own voice. */
export const AUDIO_ON = { speech_to_text: { enabled: true }, text_to_speech: { enabled: true, voice: 'alloy', language: 'en-US' } };
