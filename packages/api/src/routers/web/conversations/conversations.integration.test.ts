import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { conversations, pinnedConversations } from '@tessera/db';
import { seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedConversation, seedPromptApp, seedServiceEndUser, seedWebVisitor, type SeededPromptApp, type SeededVisitor } from '../../../testing/seed-conversations';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, second));

describe('web app conversations', () => {
  const fx = useIntegrationFixture();
  let chat: SeededPromptApp;
  let sibling: SeededPromptApp;
  let foreign: SeededPromptApp;
  let visitor: SeededVisitor;
  let stranger: SeededVisitor;
  let siblingVisitor: SeededVisitor;
  let foreignVisitor: SeededVisitor;
  beforeAll(async () => {
    chat = await seedPromptApp(fx.app, fx.owner, 'chat');
    sibling = await seedPromptApp(fx.app, fx.owner, 'chat');
    foreign = await seedPromptApp(fx.app, await seedWorkspace(fx.app, 'foreign'), 'chat');
    visitor = await seedWebVisitor(fx.app, chat);
    stranger = await seedWebVisitor(fx.app, chat);
    siblingVisitor = await seedWebVisitor(fx.app, sibling);
    foreignVisitor = await seedWebVisitor(fx.app, foreign);
  });

  const as = (who: SeededVisitor) => ({ headers: who.headers });
  const ownConversation = (who: SeededVisitor, options: Parameters<typeof seedConversation>[3] = {}) =>
    seedConversation(fx.app, chat, { endUserId: who.endUser.id, invokeFrom: 'web-app' }, options);
  const ids = (body: { data: { id: string }[] }) => body.data.map((item) => item.id);
  /** The visitor's own conversation addressed by everyone who must not reach it. */
  const outsiders = () => [stranger, siblingVisitor, foreignVisitor];

  it('lists the visitor’s web-app conversations only, pinned or not, with keyset paging', async () => {
    const first = await ownConversation(visitor, { name: 'First', createdAt: at(1), updatedAt: at(1) });
    const second = await ownConversation(visitor, { name: 'Second', createdAt: at(2), updatedAt: at(2) });
    const third = await ownConversation(visitor, { name: 'Third', createdAt: at(3), updatedAt: at(3) });
    await seedConversation(fx.app, chat, { endUserId: stranger.endUser.id, invokeFrom: 'web-app' }, { name: 'Stranger’s' });
    const apiUser = await seedServiceEndUser(fx.app, chat, visitor.endUser.sessionId);
    await seedConversation(fx.app, chat, { endUserId: apiUser.id }, { name: 'Through the Service API' });

    const all = await fx.app.request('GET', '/api/conversations', as(visitor));
    expect(all.status).toBe(200);
    expect(all.body).toEqual({
      limit: 20,
      has_more: false,
      data: [third, second, first].map((c) => ({ id: c.id, name: c.name, inputs: {}, status: 'normal', introduction: '', created_at: expect.any(Number), updated_at: expect.any(Number) })),
    });

    expect((await fx.app.request('PATCH', `/api/conversations/${second.id}/pin`, as(visitor))).body).toEqual({ result: 'success' });
    expect((await fx.app.request('PATCH', `/api/conversations/${second.id}/pin`, as(visitor))).status).toBe(200);
    const pinned = await fx.app.request('GET', '/api/conversations', { ...as(visitor), query: { pinned: 'true' } });
    expect(ids(pinned.body)).toEqual([second.id]);
    const unpinned = await fx.app.request('GET', '/api/conversations', { ...as(visitor), query: { pinned: 'false' } });
    expect(ids(unpinned.body)).toEqual([third.id, first.id]);
    expect((await fx.app.request('GET', '/api/conversations', { ...as(visitor), query: { pinned: 'yes' } })).status).toBe(400);
    for (const outsider of outsiders()) {
      expect(ids((await fx.app.request('GET', '/api/conversations', as(outsider))).body)).not.toContain(second.id);
      expect(ids((await fx.app.request('GET', '/api/conversations', { ...as(outsider), query: { pinned: 'true' } })).body)).toEqual([]);
    }

    const page = await fx.app.request('GET', '/api/conversations', { ...as(visitor), query: { limit: 1, sort_by: 'created_at', last_id: first.id } });
    expect(ids(page.body)).toEqual([second.id]);
    expect(page.body.has_more).toBe(true);
    const pinnedCursor = await fx.app.request('GET', '/api/conversations', { ...as(visitor), query: { pinned: 'false', last_id: second.id } });
    expect(pinnedCursor.status).toBe(404);
    expect(pinnedCursor.body.message).toBe('Last Conversation Not Exists.');
  });

  it('gets, renames and deletes the visitor’s own conversation; everyone else gets 404', async () => {
    const conversation = await ownConversation(visitor, { name: 'Mine' });
    const got = await fx.app.request('GET', `/api/conversations/${conversation.id}`, as(visitor));
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id: conversation.id, name: 'Mine' });
    for (const outsider of outsiders()) {
      const calls = [
        fx.app.request('GET', `/api/conversations/${conversation.id}`, as(outsider)),
        fx.app.request('POST', `/api/conversations/${conversation.id}/name`, { ...as(outsider), json: { name: 'Hijacked' } }),
        fx.app.request('PATCH', `/api/conversations/${conversation.id}/pin`, as(outsider)),
        fx.app.request('POST', `/api/conversations/${conversation.id}/pin`, as(outsider)),
        fx.app.request('DELETE', `/api/conversations/${conversation.id}`, as(outsider)),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status).toBe(404);
        expect(res.body).toEqual({ code: 'not_found', message: 'Conversation Not Exists.', status: 404 });
      }
    }
    expect(await fx.app.deps.db.select().from(pinnedConversations).where(eq(pinnedConversations.conversationId, conversation.id))).toEqual([]);

    const renamed = await fx.app.request('POST', `/api/conversations/${conversation.id}/name`, { ...as(visitor), json: { name: 'Renamed' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: conversation.id, name: 'Renamed' });
    const nameless = await fx.app.request('POST', `/api/conversations/${conversation.id}/name`, { ...as(visitor), json: {} });
    expect(nameless.body).toMatchObject({ code: 'invalid_param', message: 'name is required when auto_generate is false' });

    const deleted = await fx.app.request('DELETE', `/api/conversations/${conversation.id}`, as(visitor));
    expect(deleted.status).toBe(204);
    const [row] = await fx.app.deps.db.select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(row).toMatchObject({ isDeleted: true, name: 'Renamed' });
    expect((await fx.app.request('GET', `/api/conversations/${conversation.id}`, as(visitor))).status).toBe(404);
  });

  it('pins and unpins with PATCH or POST; unpinning what is not pinned succeeds', async () => {
    const conversation = await ownConversation(visitor);
    const pinnedRows = () =>
      fx.app.deps.db
        .select()
        .from(pinnedConversations)
        .where(and(eq(pinnedConversations.conversationId, conversation.id), eq(pinnedConversations.createdBy, visitor.endUser.id)));
    expect((await fx.app.request('POST', `/api/conversations/${conversation.id}/pin`, as(visitor))).body).toEqual({ result: 'success' });
    expect(await pinnedRows()).toHaveLength(1);
    expect((await fx.app.request('POST', `/api/conversations/${conversation.id}/unpin`, as(visitor))).body).toEqual({ result: 'success' });
    expect(await pinnedRows()).toHaveLength(0);
    await fx.app.request('PATCH', `/api/conversations/${conversation.id}/pin`, as(visitor));
    // Someone else's unpin touches nothing of the visitor's.
    for (const outsider of outsiders()) {
      expect((await fx.app.request('PATCH', `/api/conversations/${conversation.id}/unpin`, as(outsider))).status).toBe(200);
      expect((await fx.app.request('POST', `/api/conversations/${conversation.id}/unpin`, as(outsider))).status).toBe(200);
    }
    expect(await pinnedRows()).toHaveLength(1);
    expect((await fx.app.request('PATCH', `/api/conversations/${conversation.id}/unpin`, as(visitor))).status).toBe(200);
    expect((await fx.app.request('PATCH', `/api/conversations/${UNKNOWN}/unpin`, as(visitor))).body).toEqual({ result: 'success' });
  });

  it('needs a passport, and answers not_chat_app on a completion app', async () => {
    const missing = await fx.app.request('GET', '/api/conversations');
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ code: 'unauthorized', message: 'App token is missing.', status: 401 });
    const completion = await seedPromptApp(fx.app, fx.owner, 'completion');
    const completionVisitor = await seedWebVisitor(fx.app, completion);
    for (const [method, path] of [
      ['GET', '/api/conversations'],
      ['GET', `/api/conversations/${UNKNOWN}`],
      ['DELETE', `/api/conversations/${UNKNOWN}`],
      ['PATCH', `/api/conversations/${UNKNOWN}/pin`],
    ] as const) {
      const res = await fx.app.request(method, path, as(completionVisitor));
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body.code).toBe('not_chat_app');
    }
  });
});
