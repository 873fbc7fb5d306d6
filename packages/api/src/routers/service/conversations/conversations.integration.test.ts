import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedConversation, seedMessage, seedModelConfigVersion, seedPromptApp, seedServiceEndUser, type SeededPromptApp } from '../../../testing/seed-conversations';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE } from '../../console/model-providers/test-helpers';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, second));

describe('Service API conversations', () => {
  const fx = useIntegrationFixture({ config: { modelMaxRetries: 0 } });
  let server: TestModelServer;
  let chat: SeededPromptApp;
  let sibling: SeededPromptApp;
  let foreign: SeededPromptApp;
  beforeAll(async () => {
    server = await startTestModelServer();
    chat = await seedPromptApp(fx.app, fx.owner, 'chat');
    sibling = await seedPromptApp(fx.app, fx.owner, 'agent-chat');
    foreign = await seedPromptApp(fx.app, await seedWorkspace(fx.app, 'foreign'), 'chat');
  });
  afterAll(async () => {
    await server?.close();
  });

  const asKey = (key: string) => ({ token: key });
  const endUser = (ref: SeededPromptApp, user: string) => seedServiceEndUser(fx.app, ref, user);
  const ids = (body: { data: { id: string }[] }) => body.data.map((item) => item.id);

  it('lists only this end user’s Service API conversations of this app, in Dify’s shape', async () => {
    const alice = await endUser(chat, 'alice');
    const bob = await endUser(chat, 'bob');
    const mine = await seedConversation(fx.app, chat, { endUserId: alice.id }, { name: 'Trip', inputs: { city: 'Paris' }, introduction: 'Hi', createdAt: at(1), updatedAt: at(5) });
    await seedConversation(fx.app, chat, { endUserId: bob.id }, { name: 'Bob’s' });
    await seedConversation(fx.app, chat, { endUserId: alice.id, invokeFrom: 'web-app' }, { name: 'From the web app' });
    await seedConversation(fx.app, chat, { endUserId: alice.id }, { name: 'Deleted', isDeleted: true });
    await seedConversation(fx.app, chat, { accountId: fx.owner.accountId }, { name: 'Debugger' });

    const res = await fx.app.request('GET', '/v1/conversations', { ...asKey(chat.key), query: { user: 'alice' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      limit: 20,
      has_more: false,
      data: [{ id: mine.id, name: 'Trip', inputs: { city: 'Paris' }, status: 'normal', introduction: 'Hi', created_at: 1735689601, updated_at: 1735689605 }],
    });
    for (const key of [sibling.key, foreign.key]) {
      const sameUserElsewhere = await fx.app.request('GET', '/v1/conversations', { ...asKey(key), query: { user: 'alice' } });
      expect(sameUserElsewhere.status).toBe(200);
      expect(sameUserElsewhere.body.data).toEqual([]);
    }
  });

  it('pages with last_id on each sort field, ties included, and answers 404 for an unknown last_id', async () => {
    const carol = await endUser(chat, 'carol');
    const seeded = [];
    for (let i = 0; i < 5; i++) {
      // Two share a creation time: the id breaks the tie, so neither is skipped or repeated.
      seeded.push(await seedConversation(fx.app, chat, { endUserId: carol.id }, { name: `c${i}`, createdAt: at(i === 3 ? 2 : i), updatedAt: at(10 - i) }));
    }
    const walk = async (sortBy: string) => {
      const seen: string[] = [];
      let lastId = '';
      for (let page = 0; page < 5; page++) {
        const res = await fx.app.request('GET', '/v1/conversations', { ...asKey(chat.key), query: { user: 'carol', limit: 2, sort_by: sortBy, last_id: lastId } });
        expect(res.status).toBe(200);
        seen.push(...ids(res.body));
        if (!res.body.has_more) break;
        expect(res.body.data).toHaveLength(2);
        lastId = res.body.data.at(-1).id;
      }
      return seen;
    };
    const byUpdate = await walk('-updated_at');
    expect(byUpdate).toEqual(seeded.map((c) => c.id));
    expect(await walk('updated_at')).toEqual([...byUpdate].reverse());
    const byCreation = await walk('created_at');
    expect(byCreation).toHaveLength(5);
    expect(new Set(byCreation).size).toBe(5);
    expect(byCreation[0]).toBe(seeded[0]!.id);
    expect(await walk('-created_at')).toEqual([...byCreation].reverse());

    const unknown = await fx.app.request('GET', '/v1/conversations', { ...asKey(chat.key), query: { user: 'carol', last_id: UNKNOWN } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ code: 'not_found', message: 'Last Conversation Not Exists.', status: 404 });
    const othersAsCursor = await fx.app.request('GET', '/v1/conversations', { ...asKey(chat.key), query: { user: 'dave', last_id: seeded[0]!.id } });
    expect(othersAsCursor.status).toBe(404);
  });

  it('refuses bad paging input with invalid_param', async () => {
    const refused: Record<string, string | number>[] = [{ limit: 0 }, { limit: 101 }, { sort_by: 'name' }, { last_id: 'nope' }];
    for (const query of refused) {
      const res = await fx.app.request('GET', '/v1/conversations', { ...asKey(chat.key), query: { user: 'alice', ...query } });
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body.code).toBe('invalid_param');
    }
  });

  it('answers DEFAULT-USER when user is left out', async () => {
    const anonymous = await endUser(chat, 'DEFAULT-USER');
    const conversation = await seedConversation(fx.app, chat, { endUserId: anonymous.id }, { name: 'Anonymous' });
    const res = await fx.app.request('GET', '/v1/conversations', asKey(chat.key));
    expect(ids(res.body)).toEqual([conversation.id]);
  });

  it('gets one of the end user’s conversations and 404s everyone else’s', async () => {
    const erin = await endUser(chat, 'erin');
    const conversation = await seedConversation(fx.app, chat, { endUserId: erin.id }, { name: 'Erin’s', createdAt: at(3) });
    const own = await fx.app.request('GET', `/v1/conversations/${conversation.id}`, { ...asKey(chat.key), query: { user: 'erin' } });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: conversation.id, name: 'Erin’s', status: 'normal', created_at: 1735689603 });
    for (const [key, user] of [
      [chat.key, 'frank'],
      [sibling.key, 'erin'],
      [foreign.key, 'erin'],
    ] as const) {
      const res = await fx.app.request('GET', `/v1/conversations/${conversation.id}`, { ...asKey(key), query: { user } });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'not_found', message: 'Conversation Not Exists.', status: 404 });
    }
  });

  it('deletes only the owner’s conversation, softly, with 204', async () => {
    const gina = await endUser(chat, 'gina');
    const conversation = await seedConversation(fx.app, chat, { endUserId: gina.id });
    const attempts: [string, string][] = [
      [chat.key, 'henry'],
      [sibling.key, 'gina'],
      [foreign.key, 'gina'],
    ];
    for (const [key, user] of attempts) {
      const res = await fx.app.request('DELETE', `/v1/conversations/${conversation.id}`, { ...asKey(key), json: { user } });
      expect(res.status).toBe(404);
      expect(res.body.message).toBe('Conversation Not Exists.');
    }
    const deleted = await fx.app.request('DELETE', `/v1/conversations/${conversation.id}`, { ...asKey(chat.key), json: { user: 'gina' } });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const [row] = await fx.app.deps.db.select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(row?.isDeleted).toBe(true);
    const again = await fx.app.request('DELETE', `/v1/conversations/${conversation.id}`, { ...asKey(chat.key), json: { user: 'gina' } });
    expect(again.status).toBe(404);
    const list = await fx.app.request('GET', '/v1/conversations', { ...asKey(chat.key), query: { user: 'gina' } });
    expect(list.body.data).toEqual([]);
  });

  it('renames with a given name and requires one unless auto_generate is set', async () => {
    const ivy = await endUser(chat, 'ivy');
    const conversation = await seedConversation(fx.app, chat, { endUserId: ivy.id }, { name: 'Old' });
    const renamed = await fx.app.request('POST', `/v1/conversations/${conversation.id}/name`, { ...asKey(chat.key), json: { name: 'New name', user: 'ivy' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: conversation.id, name: 'New name', inputs: {}, status: 'normal', introduction: '' });
    expect(Object.keys(renamed.body).sort()).toEqual(['created_at', 'id', 'inputs', 'introduction', 'name', 'status', 'updated_at']);
    for (const body of [{ user: 'ivy' }, { name: '   ', user: 'ivy' }, { name: null, auto_generate: false, user: 'ivy' }]) {
      const res = await fx.app.request('POST', `/v1/conversations/${conversation.id}/name`, { ...asKey(chat.key), json: body });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'invalid_param', message: 'name is required when auto_generate is false' });
    }
    const others = await fx.app.request('POST', `/v1/conversations/${conversation.id}/name`, { ...asKey(chat.key), json: { name: 'Hijack', user: 'jack' } });
    expect(others.status).toBe(404);
    const foreignKey = await fx.app.request('POST', `/v1/conversations/${conversation.id}/name`, { ...asKey(foreign.key), json: { name: 'Hijack', user: 'ivy' } });
    expect(foreignKey.status).toBe(404);
    const [row] = await fx.app.deps.db.select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(row?.name).toBe('New name');
  });

  it('generates a name with the app’s model from the first question, and keeps the old one when that fails', async () => {
    expect((await addCompatibleCredential(fx.app, fx.owner, server)).status).toBe(201);
    expect((await addCompatibleModel(fx.app, fx.owner, 'namer', 'llm')).status).toBe(201);
    await seedModelConfigVersion(fx.app, chat, { model: { provider: COMPATIBLE, name: 'namer', mode: 'chat', completion_params: {} } });
    const kim = await endUser(chat, 'kim');
    const conversation = await seedConversation(fx.app, chat, { endUserId: kim.id }, { name: 'New conversation' });
    await seedMessage(fx.app, conversation, { query: 'What is the weather in Paris?', createdAt: at(1) });
    await seedMessage(fx.app, conversation, { query: 'And tomorrow?', createdAt: at(2) });

    server.reset();
    server.script({ text: '{"Language Type": "English", "Your Reasoning": "…", "Your Output": "Paris weather ☀️"}' });
    const generated = await fx.app.request('POST', `/v1/conversations/${conversation.id}/name`, { ...asKey(chat.key), json: { auto_generate: true, user: 'kim' } });
    expect(generated.status).toBe(200);
    expect(generated.body.name).toBe('Paris weather ☀️');
    const prompt = JSON.stringify(server.requests.at(-1)?.body);
    expect(prompt).toContain('What is the weather in Paris?');
    expect(prompt).not.toContain('And tomorrow?');

    server.failNext({ status: 500, times: 5 });
    const failed = await fx.app.request('POST', `/v1/conversations/${conversation.id}/name`, { ...asKey(chat.key), json: { auto_generate: 'true', user: 'kim' } });
    expect(failed.status).toBe(200);
    expect(failed.body.name).toBe('Paris weather ☀️');

    const empty = await seedConversation(fx.app, chat, { endUserId: kim.id }, { name: 'Empty' });
    const nothingToName = await fx.app.request('POST', `/v1/conversations/${empty.id}/name`, { ...asKey(chat.key), json: { auto_generate: true, user: 'kim' } });
    expect(nothingToName.status).toBe(400);
    expect(nothingToName.body.code).toBe('invalid_param');
  });

  it('answers an empty variable page for an owned conversation and 404 for an unknown variable', async () => {
    const lee = await endUser(chat, 'lee');
    const conversation = await seedConversation(fx.app, chat, { endUserId: lee.id });
    const list = await fx.app.request('GET', `/v1/conversations/${conversation.id}/variables`, { ...asKey(chat.key), query: { user: 'lee', limit: 5 } });
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ limit: 5, has_more: false, data: [] });
    const named = await fx.app.request('GET', `/v1/conversations/${conversation.id}/variables`, { ...asKey(chat.key), query: { user: 'lee', variable_name: 'city.name' } });
    expect(named.status).toBe(200);
    const unknownCursor = await fx.app.request('GET', `/v1/conversations/${conversation.id}/variables`, { ...asKey(chat.key), query: { user: 'lee', last_id: UNKNOWN } });
    expect(unknownCursor.status).toBe(400);
    expect(unknownCursor.body.code).toBe('invalid_param');
    for (const name of ['a;b', 'x--y', 'sp_who', 'a b', 'x'.repeat(256)]) {
      const res = await fx.app.request('GET', `/v1/conversations/${conversation.id}/variables`, { ...asKey(chat.key), query: { user: 'lee', variable_name: name } });
      expect(res.status, name).toBe(400);
      expect(res.body.code).toBe('invalid_param');
    }
    for (const [key, user] of [
      [chat.key, 'mia'],
      [sibling.key, 'lee'],
      [foreign.key, 'lee'],
    ] as const) {
      const notMine = await fx.app.request('GET', `/v1/conversations/${conversation.id}/variables`, { ...asKey(key), query: { user } });
      expect(notMine.status).toBe(404);
      expect(notMine.body.message).toBe('Conversation Not Exists.');
    }

    const put = (key: string, user: string) =>
      fx.app.request('PUT', `/v1/conversations/${conversation.id}/variables/${UNKNOWN}`, { ...asKey(key), json: { value: 'x', user } });
    const unknownVariable = await put(chat.key, 'lee');
    expect(unknownVariable.status).toBe(404);
    expect(unknownVariable.body).toEqual({ code: 'not_found', message: 'Conversation Variable Not Exists.', status: 404 });
    expect((await put(chat.key, 'mia')).body.message).toBe('Conversation Not Exists.');
    expect((await put(foreign.key, 'lee')).body.message).toBe('Conversation Not Exists.');
  });

  it('answers not_chat_app on completion and workflow apps', async () => {
    const completion = await seedPromptApp(fx.app, fx.owner, 'completion');
    const workflow = await seedPromptApp(fx.app, fx.owner, 'workflow');
    for (const ref of [completion, workflow]) {
      const calls = [
        fx.app.request('GET', '/v1/conversations', { ...asKey(ref.key), query: { user: 'a' } }),
        fx.app.request('GET', `/v1/conversations/${UNKNOWN}`, { ...asKey(ref.key), query: { user: 'a' } }),
        fx.app.request('DELETE', `/v1/conversations/${UNKNOWN}`, { ...asKey(ref.key), json: { user: 'a' } }),
        fx.app.request('POST', `/v1/conversations/${UNKNOWN}/name`, { ...asKey(ref.key), json: { name: 'x', user: 'a' } }),
        fx.app.request('GET', `/v1/conversations/${UNKNOWN}/variables`, { ...asKey(ref.key), query: { user: 'a' } }),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status).toBe(400);
        expect(res.body).toEqual({ code: 'not_chat_app', message: 'Please check if your app mode matches the right API route.', status: 400 });
      }
    }
  });
});
