import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { messageFeedbacks } from '@tessera/db';
import { seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedConversation, seedFeedback, seedMessage, seedPromptApp, seedServiceEndUser, seedWebVisitor, type SeededPromptApp } from '../../../testing/seed-conversations';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('Service API feedback', () => {
  const fx = useIntegrationFixture();
  let chat: SeededPromptApp;
  let sibling: SeededPromptApp;
  let foreign: SeededPromptApp;
  beforeAll(async () => {
    chat = await seedPromptApp(fx.app, fx.owner, 'chat');
    sibling = await seedPromptApp(fx.app, fx.owner, 'chat');
    foreign = await seedPromptApp(fx.app, await seedWorkspace(fx.app, 'foreign'), 'chat');
  });

  const messageOf = async (ref: SeededPromptApp, user: string) => {
    const endUser = await seedServiceEndUser(fx.app, ref, user);
    return seedMessage(fx.app, await seedConversation(fx.app, ref, { endUserId: endUser.id }));
  };
  const rate = (key: string, messageId: string, body: Record<string, unknown>) =>
    fx.app.request('POST', `/v1/messages/${messageId}/feedbacks`, { token: key, json: body });
  const feedbackRows = (messageId: string) => fx.app.deps.db.select().from(messageFeedbacks).where(eq(messageFeedbacks.messageId, messageId));

  it('likes, changes to a dislike with a comment, and takes the rating back', async () => {
    const message = await messageOf(chat, 'alice');
    const liked = await rate(chat.key, message.id, { rating: 'like', user: 'alice' });
    expect(liked.status).toBe(200);
    expect(liked.body).toEqual({ result: 'success' });
    expect(await feedbackRows(message.id)).toEqual([
      expect.objectContaining({ rating: 'like', content: null, fromSource: 'user', fromEndUserId: message.fromEndUserId, appId: chat.appId, conversationId: message.conversationId }),
    ]);
    await rate(chat.key, message.id, { rating: 'dislike', content: 'Too vague', user: 'alice' });
    expect(await feedbackRows(message.id)).toEqual([expect.objectContaining({ rating: 'dislike', content: 'Too vague' })]);
    await rate(chat.key, message.id, { rating: 'like', user: 'alice' });
    expect(await feedbackRows(message.id)).toEqual([expect.objectContaining({ rating: 'like', content: null })]);

    const removed = await rate(chat.key, message.id, { rating: null, user: 'alice' });
    expect(removed.status).toBe(200);
    expect(await feedbackRows(message.id)).toEqual([]);
    const nothingToRemove = await rate(chat.key, message.id, { rating: null, user: 'alice' });
    expect(nothingToRemove.status).toBe(400);
    expect(nothingToRemove.body).toMatchObject({ code: 'invalid_param', message: 'rating cannot be None when feedback not exists' });
  });

  it('leaves an operator’s rating alone when the end user rates or takes theirs back', async () => {
    const message = await messageOf(chat, 'bob');
    await seedFeedback(fx.app, message, { rating: 'dislike', accountId: fx.owner.accountId });
    await rate(chat.key, message.id, { rating: 'like', user: 'bob' });
    await rate(chat.key, message.id, { rating: null, user: 'bob' });
    expect(await feedbackRows(message.id)).toEqual([expect.objectContaining({ fromSource: 'admin', rating: 'dislike' })]);
  });

  it('requires user, refuses bad ratings, and 404s for messages that are not this end user’s', async () => {
    const message = await messageOf(chat, 'carol');
    expect((await rate(chat.key, message.id, { rating: 'like' })).body).toEqual({ code: 'invalid_param', message: 'Arg user must be provided.', status: 400 });
    const bad = await rate(chat.key, message.id, { rating: 'love', user: 'carol' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_param');
    const visitor = await seedWebVisitor(fx.app, chat);
    const webMessage = await seedMessage(fx.app, await seedConversation(fx.app, chat, { endUserId: visitor.endUser.id, invokeFrom: 'web-app' }));
    const attempts: [string, string, string][] = [
      [chat.key, message.id, 'dave'],
      [sibling.key, message.id, 'carol'],
      [foreign.key, message.id, 'carol'],
      [chat.key, UNKNOWN, 'carol'],
      [chat.key, webMessage.id, 'carol'],
    ];
    for (const [key, messageId, user] of attempts) {
      const res = await rate(key, messageId, { rating: 'like', user });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'not_found', message: 'Message Not Exists.', status: 404 });
    }
    expect(await feedbackRows(message.id)).toEqual([]);
    expect(await feedbackRows(webMessage.id)).toEqual([]);
  });

  it('takes feedback on completion messages too, and none on a deleted conversation', async () => {
    const completion = await seedPromptApp(fx.app, fx.owner, 'completion');
    const message = await messageOf(completion, 'erin');
    expect((await rate(completion.key, message.id, { rating: 'like', user: 'erin' })).status).toBe(200);
    const endUser = await seedServiceEndUser(fx.app, chat, 'erin');
    const gone = await seedMessage(fx.app, await seedConversation(fx.app, chat, { endUserId: endUser.id }, { isDeleted: true }));
    expect((await rate(chat.key, gone.id, { rating: 'like', user: 'erin' })).status).toBe(404);
  });

  it('lists every feedback of the key’s app, newest first, with ISO timestamps and page/limit', async () => {
    const target = await seedPromptApp(fx.app, fx.owner, 'chat');
    const first = await messageOf(target, 'frank');
    const second = await messageOf(target, 'gina');
    const oldest = await seedFeedback(fx.app, first, { rating: 'like', createdAt: new Date('2025-03-01T10:00:00Z') });
    const admin = await seedFeedback(fx.app, first, { rating: 'dislike', content: 'Wrong', accountId: fx.owner.accountId, createdAt: new Date('2025-03-02T10:00:00.250Z') });
    const newest = await seedFeedback(fx.app, second, { rating: 'dislike', content: 'Slow', createdAt: new Date('2025-03-03T10:00:00Z') });
    await seedFeedback(fx.app, await messageOf(sibling, 'frank'), { rating: 'like' });

    const res = await fx.app.request('GET', '/v1/app/feedbacks', { token: target.key });
    expect(res.status).toBe(200);
    expect(res.body.data.map((f: { id: string }) => f.id)).toEqual([newest.id, admin.id, oldest.id]);
    expect(res.body.data[1]).toEqual({
      id: admin.id,
      app_id: target.appId,
      conversation_id: first.conversationId,
      message_id: first.id,
      rating: 'dislike',
      content: 'Wrong',
      from_source: 'admin',
      from_end_user_id: null,
      from_account_id: fx.owner.accountId,
      created_at: '2025-03-02T10:00:00.250000',
      updated_at: '2025-03-02T10:00:00.250000',
    });
    expect(res.body.data[2]).toMatchObject({ from_source: 'user', from_end_user_id: first.fromEndUserId, from_account_id: null, created_at: '2025-03-01T10:00:00' });
    expect(Object.keys(res.body)).toEqual(['data']);

    const paged = await fx.app.request('GET', '/v1/app/feedbacks', { token: target.key, query: { page: 2, limit: 2 } });
    expect(paged.body.data.map((f: { id: string }) => f.id)).toEqual([oldest.id]);
    expect((await fx.app.request('GET', '/v1/app/feedbacks', { token: target.key, query: { limit: 101 } })).status).toBe(200);
    const outOfRange: Record<string, number>[] = [{ limit: 102 }, { limit: 0 }, { page: 0 }];
    for (const query of outOfRange) {
      const refused = await fx.app.request('GET', '/v1/app/feedbacks', { token: target.key, query });
      expect(refused.status, JSON.stringify(query)).toBe(400);
      expect(refused.body.code).toBe('invalid_param');
    }
    const foreignList = await fx.app.request('GET', '/v1/app/feedbacks', { token: foreign.key });
    expect(foreignList.body).toEqual({ data: [] });
  });
});
