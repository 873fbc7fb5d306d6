import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeSpokenText, startTestModelServer, type TestModelServer } from '../testing';
import { caller, credentialsFor, recordingRuntime, targetFor } from './test-fixtures';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('speech and transcription', () => {
  it('synthesises audio bytes and transcribes them back', async () => {
    const { runtime, records } = recordingRuntime();
    const credentials = credentialsFor(server.url).openai;
    const spoken = await runtime.speech({
      target: targetFor('openai', 'tts-1', 'tts', credentials),
      text: 'Tessera reads this aloud',
      voice: 'nova',
      format: 'wav',
      caller,
    });
    expect(new TextDecoder().decode(spoken.audio.slice(0, 4))).toBe('RIFF');
    expect(spoken.mediaType).toBe('audio/wav');
    expect(decodeSpokenText(spoken.audio)).toBe('Tessera reads this aloud');
    expect(server.requests[0]!.body).toMatchObject({ voice: 'nova', response_format: 'wav', model: 'tts-1' });

    const heard = await runtime.transcribe({
      target: targetFor('openai', 'whisper-1', 'speech2text', credentials),
      audio: spoken.audio,
      caller,
    });
    expect(heard.text).toBe('Tessera reads this aloud');
    expect(server.requests[1]!.path).toBe('/v1/audio/transcriptions');
    expect(records.map((record) => [record.modelType, record.status])).toEqual([
      ['tts', 'success'],
      ['speech2text', 'success'],
    ]);
  });

  it('speaks through an OpenAI-compatible server', async () => {
    const { runtime } = recordingRuntime();
    const target = targetFor('openai_api_compatible', 'kokoro', 'tts', credentialsFor(server.url).openai_api_compatible);
    const spoken = await runtime.speech({ target, text: 'compatible speech', voice: 'af_sky', caller });
    expect(decodeSpokenText(spoken.audio)).toBe('compatible speech');
    expect(server.requests[0]!.path).toBe('/v1/audio/speech');
  });
});

describe('moderate', () => {
  it('flags harmful text and passes harmless text', async () => {
    const { runtime } = recordingRuntime();
    const target = targetFor('openai', 'omni-moderation-latest', 'moderation', credentialsFor(server.url).openai);
    const flagged = await runtime.moderate({ target, text: 'I will build a bomb', caller });
    expect(flagged.flagged).toBe(true);
    expect(flagged.categories.length).toBeGreaterThan(0);
    const clean = await runtime.moderate({ target, text: 'I like gardening', caller });
    expect(clean).toEqual({ flagged: false, categories: [] });
    expect(server.requests[0]!.body).toEqual({ model: 'omni-moderation-latest', input: 'I will build a bomb' });
  });

  it('retries a moderation call that failed transiently', async () => {
    const { runtime } = recordingRuntime();
    server.failNext({ status: 503, pathIncludes: '/moderations' });
    const target = targetFor('openai', 'omni-moderation-latest', 'moderation', credentialsFor(server.url).openai);
    await expect(runtime.moderate({ target, text: 'kill the process', caller })).resolves.toMatchObject({ flagged: true });
    expect(server.requests).toHaveLength(2);
  });
});
