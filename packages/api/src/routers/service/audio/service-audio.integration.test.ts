import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSpokenText, encodeSpokenText, startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { patchModelConfig, seedConversationWithFiles as seedConversation } from '../../../testing/conversation-with-files';
import { serviceApiEndUser } from '../../../services/end-users/end-users';
import { createAppAs, createKeyAs } from '../../console/apps/test-helpers';
import { MULTIPART_HEADERS, rawMultipart } from '../../files/testing';
import { AUDIO_ON, setUpSpeechModels } from './test-helpers';

const MB = 1024 * 1024;

describe('Service API audio: speech to text and text to speech', () => {
  let server: TestModelServer;
  const fx = useIntegrationFixture({ config: { modelMaxRetries: 0 } });
  let appId: string;
  let key: string;
  let quietKey: string;
  let siblingAppId: string;
  let foreignKey: string;

  beforeAll(async () => {
    server = await startTestModelServer();
    await setUpSpeechModels(fx.app, fx.owner, server);
    appId = (await createAppAs(fx.app, fx.owner, { name: 'Talker' })).id;
    await patchModelConfig(fx.app, appId, AUDIO_ON);
    key = (await createKeyAs(fx.app, fx.owner, appId)).token;
    quietKey = (await createKeyAs(fx.app, fx.owner, (await createAppAs(fx.app, fx.owner, { name: 'Quiet' })).id)).token;
    siblingAppId = (await createAppAs(fx.app, fx.owner, { name: 'Sibling' })).id;
    await patchModelConfig(fx.app, siblingAppId, AUDIO_ON);
    const other = await seedWorkspace(fx.app, 'other');
    const foreignAppId = (await createAppAs(fx.app, other, { name: 'Foreign' })).id;
    await patchModelConfig(fx.app, foreignAppId, AUDIO_ON);
    foreignKey = (await createKeyAs(fx.app, other, foreignAppId)).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  const endUser = async (targetAppId: string, user: string) => (await serviceApiEndUser(fx.app.deps, { appId: targetAppId, workspaceId: fx.owner.workspaceId }, user)).id;

  describe('POST /v1/audio-to-text', () => {
    const transcribe = (parts: Parameters<typeof rawMultipart>[0], token = key) =>
      fx.app.request('POST', '/v1/audio-to-text', { token, headers: MULTIPART_HEADERS, body: rawMultipart(parts) });
    const audioPart = (contentType: string | undefined, data: Uint8Array = encodeSpokenText('meet me at noon')) => ({
      name: 'file',
      filename: 'speech.wav',
      contentType,
      data,
    });

    it("transcribes the audio with the workspace's default speech-to-text model", async () => {
      server.reset();
      const res = await transcribe([audioPart('audio/wav'), { name: 'user', data: 'alice' }]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ text: 'meet me at noon' });
      expect(server.requests.map((request) => request.path)).toEqual(['/v1/audio/transcriptions']);
    });

    it("accepts Dify's types and what browsers record, parameters and case aside", async () => {
      for (const type of ['audio/mp3', 'audio/MPGA', 'audio/m4a', 'audio/amr', 'audio/mpeg', 'audio/webm;codecs=opus', 'audio/mp4', 'audio/ogg', 'audio/x-wav']) {
        const res = await transcribe([audioPart(type)]);
        expect(res.status, type).toBe(200);
        expect(res.body.text, type).toBe('meet me at noon');
      }
    });

    it('refuses other types and parts without a type with 415 unsupported_audio_type', async () => {
      for (const type of ['audio/flac', 'video/mp4', 'text/plain', undefined]) {
        const res = await transcribe([audioPart(type)]);
        expect(res.status, String(type)).toBe(415);
        expect(res.body, String(type)).toEqual({ code: 'unsupported_audio_type', message: 'Audio type not allowed.', status: 415 });
      }
    });

    it('answers a form without a file part as Dify 1.12 does, 400 bad_request_key_error', async () => {
      const res = await transcribe([{ name: 'user', data: 'alice' }]);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('bad_request_key_error');
    });

    it('refuses audio over 30 MB with 413 audio_too_large, whether the part or the whole body is too big', async () => {
      const justOver = await transcribe([audioPart('audio/wav', new Uint8Array(30 * MB + 1))]);
      expect(justOver.status).toBe(413);
      expect(justOver.body).toEqual({ code: 'audio_too_large', message: 'Audio size larger than 30 mb', status: 413 });
      const farOver = await transcribe([audioPart('audio/wav', new Uint8Array(31 * MB))]);
      expect(farOver.status).toBe(413);
      expect(farOver.body.code).toBe('audio_too_large');
    });

    it('needs the speech-to-text feature', async () => {
      const res = await transcribe([audioPart('audio/wav')], quietKey);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ code: 'invalid_param', message: 'Speech to text is not enabled', status: 400 });
    });

    it("answers provider_not_initialize for a workspace without a speech-to-text model, never using another workspace's", async () => {
      server.reset();
      const res = await transcribe([audioPart('audio/wav')], foreignKey);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('provider_not_initialize');
      expect(server.requests).toEqual([]);
    });

    it('needs an app key', async () => {
      const res = await fx.app.request('POST', '/v1/audio-to-text', { headers: MULTIPART_HEADERS, body: rawMultipart([audioPart('audio/wav')]) });
      expect(res.status).toBe(401);
    });
  });

  describe('POST /v1/text-to-audio', () => {
    const speak = (json: Record<string, unknown>, token = key) => fx.app.request('POST', '/v1/text-to-audio', { token, json });
    const lastVoice = () => (server.requests.at(-1)?.body as { voice?: string } | undefined)?.voice;

    it("speaks text in the app's voice with the workspace's default text-to-speech model", async () => {
      server.reset();
      const res = await fx.app.handle(
        new Request('http://localhost:3000/v1/text-to-audio', {
          method: 'POST',
          headers: { Authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text: '  the quick brown fox  ', user: 'alice' }),
        }),
        { clientIp: '127.0.0.1', origin: 'http://localhost:3000' },
      );
      expect(res.status).toBe(200);
      // The test server's speech is a WAV file whatever format is asked, and the answer says what the audio is.
      expect(res.headers.get('content-type')).toBe('audio/wav');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(decodeSpokenText(new Uint8Array(await res.arrayBuffer()))).toBe('the quick brown fox');
      expect(server.requests.map((request) => request.path)).toEqual(['/v1/audio/speech']);
      expect(lastVoice()).toBe('alloy');
    });

    it("takes the asked voice first, and the model's first voice when the app has none", async () => {
      await speak({ text: 'hello', voice: 'echo' });
      expect(lastVoice()).toBe('echo');
      const plainAppId = (await createAppAs(fx.app, fx.owner, { name: 'Plain voice' })).id;
      await patchModelConfig(fx.app, plainAppId, { text_to_speech: { enabled: true, voice: '' } });
      const res = await speak({ text: 'hello' }, (await createKeyAs(fx.app, fx.owner, plainAppId)).token);
      expect(res.status).toBe(200);
      expect(lastVoice()).toBe('nova');
    });

    it("reads out an answer the end user received, given its message_id, which wins over text", async () => {
      const { messages } = await seedConversation(fx.app, { appId, endUserId: await endUser(appId, 'alice'), messages: [{ answer: 'It is sunny today.' }] });
      const res = await speak({ message_id: messages[0]!.id, text: 'ignored', user: 'alice' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('audio/wav');
      expect((server.requests.at(-1)?.body as { input?: string }).input).toBe('It is sunny today.');
    });

    it("answers null, without speaking, for a message the end user cannot read: another end user's, another app's, another workspace's, unknown or malformed", async () => {
      const alice = await endUser(appId, 'alice');
      const bobs = await seedConversation(fx.app, { appId, endUserId: await endUser(appId, 'bob') });
      const siblings = await seedConversation(fx.app, { appId: siblingAppId, endUserId: await endUser(siblingAppId, 'alice') });
      const empty = await seedConversation(fx.app, { appId, endUserId: alice, messages: [{ answer: '' }] });
      const operators = await seedConversation(fx.app, { appId, accountId: fx.owner.accountId });
      server.reset();
      const cases: Array<[string, string]> = [
        [bobs.messages[0]!.id, key],
        [siblings.messages[0]!.id, key],
        [empty.messages[0]!.id, key],
        [operators.messages[0]!.id, key],
        [(await seedConversation(fx.app, { appId, endUserId: alice })).messages[0]!.id, foreignKey],
        ['00000000-0000-4000-8000-000000000000', key],
        ['not-a-uuid', key],
      ];
      for (const [messageId, token] of cases) {
        const res = await speak({ message_id: messageId, user: 'alice' }, token);
        expect(res.status, messageId).toBe(200);
        expect(res.headers.get('content-type'), messageId).toMatch(/^application\/json/);
        expect(res.text, messageId).toBe('null');
      }
      expect(server.requests).toEqual([]);
    });

    it("refuses missing text and a switched-off feature with Dify's messages", async () => {
      const missing = await speak({ user: 'alice' });
      expect(missing.status).toBe(400);
      expect(missing.body).toEqual({ code: 'invalid_param', message: 'Text is required', status: 400 });
      const off = await speak({ text: 'hello' }, quietKey);
      expect(off.body).toEqual({ code: 'invalid_param', message: 'TTS is not enabled', status: 400 });
    });

    it('needs an app key', async () => {
      const res = await fx.app.request('POST', '/v1/text-to-audio', { json: { text: 'hello' } });
      expect(res.status).toBe(401);
    });
  });
});
