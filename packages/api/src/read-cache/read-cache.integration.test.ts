import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, endUsers, messages } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { createTestApp, login, type SeededPromptApp, seedOwner, seedPromptApp, seedTestModels, type SeededUser, seedWorkspace, type TestApp } from '../testing';
import { effectiveConfig } from '../services/generation/app-config';

const PROVIDERS_PATH = '/console/api/workspaces/current/model-providers/openai_api_compatible';

/**
 * Runs SQL on the database's own client, past drizzle and so past this process's write hook: what
 * another Tessera process's write looks like from here, known only through the trigger's NOTIFY.
 */
async function writeElsewhere(app: TestApp, statement: string, params: unknown[]): Promise<void> {
  type Run = (statement: string, params: unknown[]) => Promise<unknown>;
  const client = (app.deps.db as unknown as { $client: { query?: Run; unsafe?: Run } }).$client;
  if (client.unsafe) await client.unsafe(statement, params);
  else await client.query!(statement, params);
}

describe('the read cache of the chat hot path', () => {
  let app: TestApp;
  let peer: TestApp;
  let server: TestModelServer;
  let owner: SeededUser;
  let other: SeededUser;
  let chat: SeededPromptApp;
  let otherChat: SeededPromptApp;

  beforeAll(async () => {
    server = await startTestModelServer();
    app = await createTestApp();
    peer = await app.peer();
    owner = await seedOwner(app);
    other = await seedWorkspace(app);
    await seedTestModels(app, owner, server);
    await seedTestModels(app, other, server);
    chat = await seedPromptApp(app, owner);
    otherChat = await seedPromptApp(app, other);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  const ask = (instance: TestApp, key: string, user = 'alice') =>
    instance.request('POST', '/v1/chat-messages', { token: key, json: { query: 'hello', inputs: {}, user, auto_generate_name: false } });
  const modelOf = async (messageId: string) => (await app.deps.db.select().from(messages).where(eq(messages.id, messageId)))[0]?.modelId;
  const statuses = async (key: string) => [(await ask(app, key)).status, (await ask(peer, key)).status];

  it('serves repeated requests from memory once the change feed is live', async () => {
    expect((await ask(app, chat.key)).status).toBe(200);
    expect(app.deps.cache.size).toBeGreaterThan(0);
  });

  it('sees a change made through the console at the next request, on this instance and another', async () => {
    expect(await statuses(chat.key)).toEqual([200, 200]);
    const off = await app.request('POST', `/console/api/apps/${chat.appId}/api-enable`, { token: owner.token, json: { enable_api: false } });
    expect(off.status).toBe(200);
    const refused = await ask(peer, chat.key);
    expect(refused.body).toEqual({ code: 'forbidden', message: "The app's API service has been disabled.", status: 403 });
    expect(await statuses(chat.key)).toEqual([403, 403]);
    await app.request('POST', `/console/api/apps/${chat.appId}/api-enable`, { token: owner.token, json: { enable_api: true } });
    expect(await statuses(chat.key)).toEqual([200, 200]);

    const config = { model: { provider: 'openai_api_compatible', name: 'test-plain', mode: 'chat', completion_params: {} }, pre_prompt: '' };
    expect((await peer.request('POST', `/console/api/apps/${chat.appId}/model-config`, { token: owner.token, json: config })).status).toBe(200);
    expect(await modelOf((await ask(app, chat.key)).body.message_id)).toBe('test-plain');
    expect(await modelOf((await ask(peer, chat.key)).body.message_id)).toBe('test-plain');

    await app.request('PATCH', `${PROVIDERS_PATH}/models/disable`, { token: owner.token, json: { model: 'test-plain', model_type: 'llm' } });
    for (const instance of [app, peer]) {
      expect((await ask(instance, chat.key)).body).toMatchObject({ code: 'model_currently_not_support', status: 400 });
    }
    await peer.request('PATCH', `${PROVIDERS_PATH}/models/enable`, { token: owner.token, json: { model: 'test-plain', model_type: 'llm' } });
    expect(await statuses(chat.key)).toEqual([200, 200]);
  });

  it("normalises an app's published configuration once, until the app changes", async () => {
    const target = { appId: chat.appId, workspaceId: owner.workspaceId, mode: 'chat' as const };
    const first = await effectiveConfig(app.deps, target);
    expect((await effectiveConfig(app.deps, target)).config).toBe(first.config);
    const config = { model: { provider: 'openai_api_compatible', name: 'test-chat', mode: 'chat', completion_params: {} }, pre_prompt: 'Be brief.' };
    expect((await app.request('POST', `/console/api/apps/${chat.appId}/model-config`, { token: owner.token, json: config })).status).toBe(200);
    const changed = await effectiveConfig(app.deps, target);
    expect(changed.config).not.toBe(first.config);
    expect(changed.config.pre_prompt).toBe('Be brief.');
  });

  it("hears another process's change through the database's notification", async () => {
    expect(await statuses(chat.key)).toEqual([200, 200]);
    await writeElsewhere(app, 'update apps set enable_api = false where id = $1', [chat.appId]);
    // Within a notification's latency: at once on the embedded engine, a moment later on a server.
    await expect.poll(() => statuses(chat.key), { timeout: 3000 }).toEqual([403, 403]);
    await writeElsewhere(app, 'update apps set enable_api = true where id = $1', [chat.appId]);
    await expect.poll(() => statuses(chat.key), { timeout: 3000 }).toEqual([200, 200]);
  });

  it("keeps each workspace's entries to itself: a change in one leaves the other's answers alone", async () => {
    expect(await statuses(otherChat.key)).toEqual([200, 200]);
    await app.request('POST', `/console/api/apps/${chat.appId}/api-enable`, { token: owner.token, json: { enable_api: false } });
    expect(await statuses(chat.key)).toEqual([403, 403]);
    const answer = await ask(peer, otherChat.key);
    expect(answer.status).toBe(200);
    const [row] = await app.deps.db.select().from(messages).where(eq(messages.id, answer.body.message_id));
    expect(row).toMatchObject({ appId: otherChat.appId, workspaceId: other.workspaceId, modelId: 'test-chat' });
    // The other workspace's owner cannot reach the first app's key setting through its own session.
    const foreign = await app.request('POST', `/console/api/apps/${chat.appId}/api-enable`, { token: other.token, json: { enable_api: true } });
    expect(foreign.status).toBe(404);
    expect(await statuses(chat.key)).toEqual([403, 403]);
    await app.request('POST', `/console/api/apps/${chat.appId}/api-enable`, { token: owner.token, json: { enable_api: true } });
  });

  it('refuses a deleted key at once everywhere', async () => {
    const created = await app.request('POST', `/console/api/apps/${chat.appId}/api-keys`, { token: owner.token });
    expect(await statuses(created.body.token)).toEqual([200, 200]);
    const removed = await peer.request('DELETE', `/console/api/apps/${chat.appId}/api-keys/${created.body.id}`, { token: owner.token });
    expect(removed.status).toBe(204);
    expect(await statuses(created.body.token)).toEqual([401, 401]);
  });

  it('writes an end user once, and again when the row was removed or the same user arrives another way', async () => {
    const first = await ask(app, chat.key, 'carol');
    const again = await ask(app, chat.key, 'carol');
    const rows = await app.deps.db.select().from(endUsers).where(eq(endUsers.sessionId, 'carol'));
    expect(rows).toHaveLength(1);
    expect([first.status, again.status]).toEqual([200, 200]);
    await writeElsewhere(app, 'delete from end_users where id = $1', [rows[0]!.id]);
    await expect.poll(async () => (await ask(app, chat.key, 'carol')).status, { timeout: 3000 }).toBe(200);
    const recreated = await app.deps.db.select().from(endUsers).where(eq(endUsers.sessionId, 'carol'));
    expect(recreated).toHaveLength(1);
    expect(recreated[0]!.id).not.toBe(rows[0]!.id);
  });

  it("keeps its entries through sign-in bookkeeping, and drops them when the owner's account changes", async () => {
    expect((await ask(app, chat.key)).status).toBe(200);
    const before = app.deps.cache.size;
    expect(before).toBeGreaterThan(0);
    // Signing in writes last_login_at and the like on the account and may switch the current
    // workspace: neither changes what any cached read resolves to.
    expect(await login(app, owner.email)).toBeTruthy();
    expect(app.deps.cache.size).toBe(before);
    await app.deps.db.update(accounts).set({ lastLoginAt: new Date() }).where(eq(accounts.email, owner.email));
    expect(app.deps.cache.size).toBe(before);
    await app.deps.db.update(accounts).set({ name: 'Renamed owner' }).where(eq(accounts.email, owner.email));
    expect(app.deps.cache.size).toBe(0);
  });
});
