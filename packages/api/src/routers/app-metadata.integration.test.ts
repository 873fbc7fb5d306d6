import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { createTestApp, seedOwner, seedPassport, seedWorkspace, type SeededUser, type TestApp } from '../testing';
import { addTestChatModel, saveConfigAs } from './console/apps/model-config/test-helpers';
import { createAppAs, createKeyAs } from './console/apps/test-helpers';

const PARAMETER_KEYS = [
  'annotation_reply', 'file_upload', 'more_like_this', 'opening_statement', 'retriever_resource', 'sensitive_word_avoidance',
  'speech_to_text', 'suggested_questions', 'suggested_questions_after_answer', 'system_parameters', 'text_to_speech', 'user_input_form',
];
const ICON_BASE = 'http://localhost:3000/console/api/workspaces/current/tool-provider/builtin';

/** The three doors to one app's parameters or meta: its key, and a passport on both web paths. */
async function doors(app: TestApp, owner: SeededUser, appId: string) {
  const key = await createKeyAs(app, owner, appId);
  const passport = await seedPassport(app, appId);
  return (what: 'parameters' | 'meta') => [
    app.request('GET', `/v1/${what}`, { token: key.token }),
    app.request('GET', `/api/${what}`, { headers: passport.headers }),
    app.request('GET', `/api/app/${what}`, { headers: passport.headers }),
  ];
}

describe('app parameters and meta on the Service API and the web app', () => {
  let app: TestApp;
  let server: TestModelServer;
  let owner: SeededUser;
  beforeAll(async () => {
    server = await startTestModelServer();
    app = await createTestApp();
    owner = await seedOwner(app);
    await addTestChatModel(app, owner, server);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it("answers a chat app's features, old-structure form and upload limits, the same through every door", async () => {
    const created = await createAppAs(app, owner, { name: 'Concierge', mode: 'chat' });
    const form = [
      { 'text-input': { label: 'Name', variable: 'name', required: true, max_length: 48, default: '' } },
      { select: { label: 'Lang', variable: 'lang', required: false, options: ['en', 'fr'], default: 'en' } },
    ];
    await saveConfigAs(app, owner, created.id, {
      pre_prompt: 'Greet {{name}} in {{lang}}',
      user_input_form: form,
      opening_statement: 'Welcome!',
      suggested_questions: ['Where is the lobby?'],
      suggested_questions_after_answer: { enabled: true },
      text_to_speech: { enabled: true, voice: 'alloy', language: 'en-US' },
    });
    const answers = await Promise.all((await doors(app, owner, created.id))('parameters'));
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(PARAMETER_KEYS);
    }
    const [service, web, webApp] = answers.map((res) => res.body);
    expect(web).toEqual(service);
    expect(webApp).toEqual(service);
    expect(service).toMatchObject({
      opening_statement: 'Welcome!',
      suggested_questions: ['Where is the lobby?'],
      suggested_questions_after_answer: { enabled: true },
      text_to_speech: { enabled: true, voice: 'alloy', language: 'en-US' },
      speech_to_text: { enabled: false },
      more_like_this: { enabled: false },
      sensitive_word_avoidance: { enabled: false, type: '', configs: [] },
      user_input_form: [
        { 'text-input': expect.objectContaining({ label: 'Name', variable: 'name', required: true, max_length: 48 }) },
        { select: expect.objectContaining({ variable: 'lang', options: ['en', 'fr'], default: 'en' }) },
      ],
      file_upload: { image: { enabled: false, number_limits: 3, detail: 'high', transfer_methods: ['remote_url', 'local_file'] } },
      system_parameters: { image_file_size_limit: 10, video_file_size_limit: 100, audio_file_size_limit: 50, file_size_limit: 15, workflow_file_upload_limit: 10 },
    });
  });

  it("follows the configuration that answers now, and a completion app's own features", async () => {
    const created = await createAppAs(app, owner, { name: 'Writer', mode: 'completion' });
    const ask = (await doors(app, owner, created.id))('parameters')[0]!;
    expect((await ask).body.user_input_form).toEqual([{ paragraph: expect.objectContaining({ variable: 'query', required: true }) }]);
    await saveConfigAs(app, owner, created.id, {
      pre_prompt: 'Write about {{topic}}',
      user_input_form: [{ paragraph: { label: 'Topic', variable: 'topic', required: true } }],
      more_like_this: { enabled: true },
    });
    const after = await app.request('GET', '/v1/parameters', { token: (await createKeyAs(app, owner, created.id)).token });
    expect(after.body).toMatchObject({
      more_like_this: { enabled: true },
      user_input_form: [{ paragraph: expect.objectContaining({ variable: 'topic' }) }],
    });
  });

  it('is 400 app_unavailable for workflow and advanced-chat apps, which have no published workflow', async () => {
    for (const mode of ['workflow', 'advanced-chat']) {
      const created = await createAppAs(app, owner, { name: mode, mode });
      const ask = await doors(app, owner, created.id);
      for (const res of await Promise.all(ask('parameters'))) {
        expect(res.status, mode).toBe(400);
        expect(res.body).toEqual({ code: 'app_unavailable', message: 'App unavailable, please check your app configurations.', status: 400 });
      }
      for (const res of await Promise.all(ask('meta'))) expect(res.body).toEqual({ tool_icons: {} });
    }
  });

  it("lists an agent's tool icons: built-in ones by URL, API ones by Dify's stand-in, old tool items not at all", async () => {
    const created = await createAppAs(app, owner, { name: 'Agent', mode: 'agent-chat' });
    const tools = [
      { provider_type: 'builtin', provider_id: 'time', tool_name: 'current_time', tool_parameters: {} },
      { provider_type: 'builtin', provider_id: 'langgenius/webscraper/webscraper', tool_name: 'webscraper', tool_parameters: {} },
      { provider_type: 'api', provider_id: '7f0f2e0e-3b7a-4bd0-9a43-5d1e3c1f5a11', tool_name: 'weather', tool_parameters: {} },
      { current_datetime: { enabled: true } },
    ];
    await saveConfigAs(app, owner, created.id, { agent_mode: { enabled: true, strategy: 'function_call', tools } });
    const answers = await Promise.all((await doors(app, owner, created.id))('meta'));
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        tool_icons: {
          current_time: `${ICON_BASE}/time/icon`,
          webscraper: `${ICON_BASE}/webscraper/icon`,
          weather: { background: '#252525', content: '😁' },
        },
      });
    }
    const icon = await app.request('GET', '/console/api/workspaces/current/tool-provider/builtin/time/icon');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toContain('image/svg+xml');
    expect(icon.text).toContain('<svg');
    const byPluginId = await app.request('GET', `/console/api/workspaces/current/tool-provider/builtin/${encodeURIComponent('langgenius/maths/maths')}/icon`);
    expect(byPluginId.status).toBe(200);
    const unknown = await app.request('GET', '/console/api/workspaces/current/tool-provider/builtin/nothing/icon');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'invalid_param', message: 'builtin provider nothing not found' });
  });

  it('answers a chat app without tools with no icons', async () => {
    const created = await createAppAs(app, owner, { name: 'Plain', mode: 'chat' });
    for (const res of await Promise.all((await doors(app, owner, created.id))('meta'))) expect(res.body).toEqual({ tool_icons: {} });
  });

  it("answers each key and passport for its own app only, and nothing without one", async () => {
    const mine = await createAppAs(app, owner, { name: 'Mine', mode: 'chat' });
    await saveConfigAs(app, owner, mine.id, { opening_statement: 'Mine' });
    const other = await seedWorkspace(app, 'other');
    const theirs = await createAppAs(app, other, { name: 'Theirs', mode: 'chat' });
    const theirKey = await createKeyAs(app, other, theirs.id);
    const theirPassport = await seedPassport(app, theirs.id);
    expect((await app.request('GET', '/v1/parameters', { token: theirKey.token })).body.opening_statement).toBe('');
    expect((await app.request('GET', '/api/parameters', { headers: theirPassport.headers })).body.opening_statement).toBe('');
    // A passport of their app presented with my app's code is refused rather than answered for either app.
    const myPassport = await seedPassport(app, mine.id);
    const crossed = await app.request('GET', '/api/parameters', { headers: { ...theirPassport.headers, 'X-App-Code': myPassport.siteCode } });
    expect(crossed.status).toBe(401);
    for (const path of ['/v1/parameters', '/v1/meta']) expect((await app.request('GET', path)).status).toBe(401);
    for (const path of ['/api/parameters', '/api/meta', '/api/app/parameters', '/api/app/meta']) {
      const res = await app.request('GET', path);
      expect(res.status).toBe(401);
      expect(res.body.message).toBe('App token is missing.');
    }
  });
});
