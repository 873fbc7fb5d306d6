import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeSpokenText, startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { parseSse, seedPassport, seedPromptApp, seedTestModels, TEST_PROVIDER } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

const completionConfig = {
  pre_prompt: 'Write about {{topic}}',
  user_input_form: [{ 'text-input': { variable: 'topic', label: 'Topic', required: true } }],
};

describe('more like this, and spoken answers', () => {
  const fx = useIntegrationFixture();
  let server: TestModelServer;

  beforeAll(async () => {
    server = await startTestModelServer();
    await seedTestModels(fx.app, fx.owner, server);
    const voice = await fx.app.request('POST', `/console/api/workspaces/current/model-providers/${TEST_PROVIDER}/models/credentials`, {
      token: fx.owner.token,
      json: { model: 'test-voice', model_type: 'tts', credentials: {} },
    });
    expect(voice.status).toBe(201);
  });
  beforeEach(() => server.reset());
  afterAll(async () => {
    await server?.close();
  });

  it('answers a visitor’s completion again with the temperature raised, as a new message', async () => {
    const completion = await seedPromptApp(fx.app, fx.owner, { mode: 'completion', config: { ...completionConfig, more_like_this: { enabled: true } } });
    const visitor = await seedPassport(fx.app, completion.appId);
    const first = await fx.app.request('POST', '/api/completion-messages', { headers: visitor.headers, json: { inputs: { topic: 'tides' } } });
    expect(first.status).toBe(200);
    const again = await fx.app.request('GET', `/api/messages/${first.body.message_id}/more-like-this`, {
      headers: visitor.headers,
      query: { response_mode: 'blocking' },
    });
    expect(again.status).toBe(200);
    expect(again.body.message_id).not.toBe(first.body.message_id);
    const sent = server.requests.at(-1)!.body as { temperature?: number; messages: unknown[] };
    expect(sent.temperature).toBe(0.9);
    expect(JSON.stringify(sent.messages)).toContain('Write about tides');

    const stranger = await seedPassport(fx.app, completion.appId);
    const foreign = await fx.app.request('GET', `/api/messages/${first.body.message_id}/more-like-this`, {
      headers: stranger.headers,
      query: { response_mode: 'blocking' },
    });
    expect(foreign.body).toMatchObject({ code: 'not_found', message: 'Message Not Exists.' });
  });

  it('refuses more like this when the app has it off', async () => {
    const completion = await seedPromptApp(fx.app, fx.owner, { mode: 'completion', config: completionConfig });
    const visitor = await seedPassport(fx.app, completion.appId);
    const first = await fx.app.request('POST', '/api/completion-messages', { headers: visitor.headers, json: { inputs: { topic: 'rain' } } });
    const again = await fx.app.request('GET', `/api/messages/${first.body.message_id}/more-like-this`, {
      headers: visitor.headers,
      query: { response_mode: 'blocking' },
    });
    expect(again.status).toBe(403);
    expect(again.body.code).toBe('app_more_like_this_disabled');
  });

  it('speaks the answer after message_end when text-to-speech autoplay is on', async () => {
    const chat = await seedPromptApp(fx.app, fx.owner, { config: { text_to_speech: { enabled: true, autoPlay: 'enabled', voice: 'alloy' } } });
    const res = await fx.app.request('POST', '/v1/chat-messages', {
      token: chat.key,
      json: { query: 'say hello', inputs: {}, user: 'listener', response_mode: 'streaming', auto_generate_name: false },
    });
    const events = parseSse(res.text).flatMap((frame) => (frame.data ? [frame.data] : []));
    const kinds = events.map((event) => event.event);
    expect(kinds.indexOf('message_end')).toBeLessThan(kinds.indexOf('tts_message'));
    expect(kinds.at(-1)).toBe('tts_message_end');
    const audio = Buffer.concat(events.filter((event) => event.event === 'tts_message').map((event) => Buffer.from(event.audio, 'base64')));
    expect(decodeSpokenText(new Uint8Array(audio))).toBe('Echo: say hello');
  });
});
