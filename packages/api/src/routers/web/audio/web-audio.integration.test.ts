import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSpokenText, startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { createTestApp, seedOwner, seedWorkspace, type TestApp } from '../../../testing';
import { patchModelConfig, seedConversationWithFiles as seedConversation } from '../../../testing/conversation-with-files';
import { type SeededPassport, seedPassport } from '../../../testing/passports';
import { createAppAs } from '../../console/apps/test-helpers';
import { MULTIPART_HEADERS, rawMultipart } from '../../files/testing';
import { AUDIO_ON, setUpSpeechModels } from '../../service/audio/test-helpers';

describe('web app audio: speech to text and text to speech for passport holders', () => {
  let server: TestModelServer;
  let app: TestApp;
  let appId: string;
  let visitor: SeededPassport;
  let neighbour: SeededPassport;
  let foreigner: SeededPassport;
  let quiet: SeededPassport;

  beforeAll(async () => {
    server = await startTestModelServer();
    app = await createTestApp({ modelMaxRetries: 0 });
    const owner = await seedOwner(app);
    await setUpSpeechModels(app, owner, server);
    appId = (await createAppAs(app, owner, { name: 'Talker' })).id;
    await patchModelConfig(app, appId, AUDIO_ON);
    visitor = await seedPassport(app, appId);
    neighbour = await seedPassport(app, appId);
    quiet = await seedPassport(app, (await createAppAs(app, owner, { name: 'Quiet' })).id);
    const other = await seedWorkspace(app, 'other');
    const foreignAppId = (await createAppAs(app, other, { name: 'Foreign' })).id;
    await patchModelConfig(app, foreignAppId, AUDIO_ON);
    foreigner = await seedPassport(app, foreignAppId);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  const transcribe = (path: string, passport: SeededPassport | null, parts: Parameters<typeof rawMultipart>[0]) =>
    app.request('POST', path, { headers: { ...MULTIPART_HEADERS, ...(passport?.headers ?? {}) }, body: rawMultipart(parts) });
  const wav = (field: string, text: string) => ({ name: field, filename: 'recording.webm', contentType: 'audio/webm', data: encodeSpokenText(text) });

  it('transcribes a recording on /api/audio-to-text (`file`) and /api/audio/speech-to-text (`audio_file` or `file`)', async () => {
    expect((await transcribe('/api/audio-to-text', visitor, [wav('file', 'turn left')])).body).toEqual({ text: 'turn left' });
    expect((await transcribe('/api/audio/speech-to-text', visitor, [wav('audio_file', 'turn right')])).body).toEqual({ text: 'turn right' });
    expect((await transcribe('/api/audio/speech-to-text', visitor, [wav('file', 'go on')])).body).toEqual({ text: 'go on' });
  });

  it("answers Dify's web errors: no audio, the feature off, no passport", async () => {
    const none = await transcribe('/api/audio-to-text', visitor, [{ name: 'other', data: 'x' }]);
    expect(none.status).toBe(400);
    expect(none.body).toEqual({ code: 'no_audio_uploaded', message: 'Please upload your audio.', status: 400 });
    const off = await transcribe('/api/audio-to-text', quiet, [wav('file', 'hello')]);
    expect(off.body).toEqual({ code: 'invalid_param', message: 'Speech to text is not enabled', status: 400 });
    const anonymous = await transcribe('/api/audio/speech-to-text', null, [wav('audio_file', 'hello')]);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('unauthorized');
  });

  it('speaks text on /api/text-to-audio and /api/audio/text-to-audio', async () => {
    for (const path of ['/api/text-to-audio', '/api/audio/text-to-audio']) {
      const res = await app.request('POST', path, { headers: visitor.headers, json: { text: 'good morning', streaming: true } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('audio/wav');
      expect((server.requests.at(-1)?.body as { input?: string }).input, path).toBe('good morning');
    }
  });

  it("reads out the passport holder's own answers only; anyone else's message is null and nothing is spoken", async () => {
    const mine = await seedConversation(app, { appId, endUserId: visitor.endUserId, invokeFrom: 'web-app', messages: [{ answer: 'Your order shipped.' }] });
    const res = await app.request('POST', '/api/text-to-audio', { headers: visitor.headers, json: { message_id: mine.messages[0]!.id } });
    expect(res.status).toBe(200);
    expect((server.requests.at(-1)?.body as { input?: string }).input).toBe('Your order shipped.');
    server.reset();
    for (const passport of [neighbour, foreigner]) {
      const other = await app.request('POST', '/api/audio/text-to-audio', { headers: passport.headers, json: { message_id: mine.messages[0]!.id } });
      expect(other.status).toBe(200);
      expect(other.text).toBe('null');
    }
    expect(server.requests).toEqual([]);
  });

  it('needs a passport and the feature', async () => {
    expect((await app.request('POST', '/api/text-to-audio', { json: { text: 'hi' } })).status).toBe(401);
    const off = await app.request('POST', '/api/text-to-audio', { headers: quiet.headers, json: { text: 'hi' } });
    expect(off.body).toEqual({ code: 'invalid_param', message: 'TTS is not enabled', status: 400 });
  });
});
