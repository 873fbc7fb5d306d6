import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apps, messages } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { parseSse, seedMember, seedPassport, type SeededPromptApp, seedPromptApp, seedTestModels, seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

describe('answers in the web app and the console debugger', () => {
  const fx = useIntegrationFixture();
  let server: TestModelServer;
  let chat: SeededPromptApp;

  beforeAll(async () => {
    server = await startTestModelServer();
    await seedTestModels(fx.app, fx.owner, server);
    chat = await seedPromptApp(fx.app, fx.owner, { config: { pre_prompt: 'Saved prompt.' } });
  });
  beforeEach(() => server.reset());
  afterAll(async () => {
    await server?.close();
  });

  it('streams to a passport holder with the web app’s simple metadata, and blocking answers drop usage too', async () => {
    const visitor = await seedPassport(fx.app, chat.appId);
    const res = await fx.app.request('POST', '/api/chat-messages', {
      headers: visitor.headers,
      json: { query: 'hi from the web', inputs: {}, response_mode: 'streaming', auto_generate_name: false },
    });
    const events = parseSse(res.text).flatMap((frame) => (frame.data ? [frame.data] : []));
    const end = events.at(-1);
    expect(end.event).toBe('message_end');
    expect(end.metadata).toEqual({ retriever_resources: [] });
    const [row] = await fx.app.deps.db.select().from(messages).where(eq(messages.id, end.message_id));
    expect(row).toMatchObject({ invokeFrom: 'web-app', fromEndUserId: visitor.endUserId });

    const blocking = await fx.app.request('POST', '/api/chat-messages', { headers: visitor.headers, json: { query: 'again', inputs: {} } });
    expect(blocking.body.metadata).toEqual({ retriever_resources: [] });
  });

  it('keeps each visitor to their own conversations and tasks', async () => {
    const first = await seedPassport(fx.app, chat.appId);
    const second = await seedPassport(fx.app, chat.appId);
    const mine = await fx.app.request('POST', '/api/chat-messages', { headers: first.headers, json: { query: 'private', inputs: {} } });
    const theirs = await fx.app.request('POST', '/api/chat-messages', {
      headers: second.headers,
      json: { query: 'let me in', inputs: {}, conversation_id: mine.body.conversation_id },
    });
    expect(theirs.status).toBe(404);
    const events = await fx.app.request('GET', `/api/chat-messages/${mine.body.task_id}/events`, { headers: second.headers });
    expect(events.status).toBe(404);
    const own = await fx.app.request('GET', `/api/chat-messages/${mine.body.task_id}/events`, { headers: first.headers });
    expect(own.status).toBe(200);
  });

  it('refuses a passport without its app, and another app’s passport', async () => {
    expect((await fx.app.request('POST', '/api/chat-messages', { json: { query: 'x', inputs: {} } })).body).toMatchObject({
      code: 'unauthorized',
      message: 'App token is missing.',
    });
    const otherApp = await seedPromptApp(fx.app, fx.owner);
    const visitor = await seedPassport(fx.app, otherApp.appId);
    const crossed = await fx.app.request('POST', '/api/chat-messages', {
      headers: { ...visitor.headers, 'X-App-Code': (await seedPassport(fx.app, chat.appId)).siteCode },
      json: { query: 'x', inputs: {} },
    });
    expect(crossed.status).toBe(401);
  });

  it('debugs the unsaved configuration an editor sends, and keeps other roles and workspaces out', async () => {
    const debug = await fx.app.request('POST', `/console/api/apps/${chat.appId}/chat-messages`, {
      token: fx.owner.token,
      json: {
        query: 'debug me',
        inputs: {},
        model_config: {
          model: { provider: 'openai_api_compatible', name: 'test-chat', mode: 'chat', completion_params: {} },
          pre_prompt: 'Unsaved draft prompt.',
        },
      },
    });
    expect(debug.status).toBe(200);
    expect(JSON.stringify(server.requests.at(-1)!.body)).toContain('Unsaved draft prompt.');
    const [row] = await fx.app.deps.db.select().from(messages).where(eq(messages.id, debug.body.message_id));
    expect(row).toMatchObject({ invokeFrom: 'debugger', fromSource: 'console', fromAccountId: fx.owner.accountId, appModelConfigId: null });

    const member = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const refused = await fx.app.request('POST', `/console/api/apps/${chat.appId}/chat-messages`, { token: member.token, json: { query: 'x', inputs: {} } });
    expect(refused.status).toBe(403);
    const outsider = await seedWorkspace(fx.app, 'outsider');
    const hidden = await fx.app.request('POST', `/console/api/apps/${chat.appId}/chat-messages`, { token: outsider.token, json: { query: 'x', inputs: {} } });
    expect(hidden.status).toBe(404);
    const stop = await fx.app.request('POST', `/console/api/apps/${chat.appId}/chat-messages/${debug.body.task_id}/stop`, { token: outsider.token, json: {} });
    expect(stop.status).toBe(404);
  });

  it('holds an app to its max_active_requests under a parallel burst', async () => {
    const limited = await seedPromptApp(fx.app, fx.owner);
    await fx.app.deps.db.update(apps).set({ maxActiveRequests: 2 }).where(eq(apps.id, limited.appId));
    server.setLatency({ ttftMs: 300, tokensPerSecond: 0 });
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        fx.app.request('POST', '/v1/chat-messages', { token: limited.key, json: { query: `q${i}`, inputs: {}, user: `u${i}`, auto_generate_name: false } }),
      ),
    );
    const ok = answers.filter((res) => res.status === 200).length;
    const refused = answers.filter((res) => res.body?.message?.startsWith('Too many requests.'));
    expect(ok).toBeGreaterThanOrEqual(1);
    expect(ok).toBeLessThanOrEqual(2);
    expect(refused.length).toBe(6 - ok);
    expect(refused[0]!.body).toMatchObject({ code: 'invalid_param', status: 400 });
  });
});
