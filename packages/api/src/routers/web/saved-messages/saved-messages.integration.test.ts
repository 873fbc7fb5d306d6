import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { savedMessages } from '@tessera/db';
import { seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedConversation, seedFeedback, seedMessage, seedPromptApp, seedWebVisitor, type SeededPromptApp, type SeededVisitor } from '../../../testing/seed-conversations';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, second));

describe('web app saved messages', () => {
  const fx = useIntegrationFixture();
  let completion: SeededPromptApp;
  let visitor: SeededVisitor;
  let outsiders: SeededVisitor[];
  beforeAll(async () => {
    completion = await seedPromptApp(fx.app, fx.owner, 'completion');
    visitor = await seedWebVisitor(fx.app, completion);
    const sibling = await seedPromptApp(fx.app, fx.owner, 'completion');
    const foreign = await seedPromptApp(fx.app, await seedWorkspace(fx.app, 'foreign'), 'completion');
    outsiders = [await seedWebVisitor(fx.app, completion), await seedWebVisitor(fx.app, sibling), await seedWebVisitor(fx.app, foreign)];
  });

  const as = (who: SeededVisitor) => ({ headers: who.headers });
  const answerFor = async (who: SeededVisitor, second: number, answer = `Answer ${second}`) => {
    const conversation = await seedConversation(fx.app, completion, { endUserId: who.endUser.id, invokeFrom: 'web-app' });
    return seedMessage(fx.app, conversation, { query: '', answer, inputs: { topic: `t${second}` }, createdAt: at(second) });
  };
  const save = (who: SeededVisitor, messageId: string) => fx.app.request('POST', '/api/saved-messages', { ...as(who), json: { message_id: messageId } });

  it('saves, lists newest first in Dify’s shape, gets one and forgets it', async () => {
    const older = await answerFor(visitor, 1);
    const newer = await answerFor(visitor, 2);
    await seedFeedback(fx.app, newer, { rating: 'like' });
    expect((await save(visitor, older.id)).body).toEqual({ result: 'success' });
    expect((await save(visitor, newer.id)).status).toBe(200);
    expect((await save(visitor, newer.id)).status).toBe(200);

    const list = await fx.app.request('GET', '/api/saved-messages', as(visitor));
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      limit: 20,
      has_more: false,
      data: [
        { id: newer.id, inputs: { topic: 't2' }, query: '', answer: 'Answer 2', message_files: [], feedback: { rating: 'like' }, created_at: 1735689602 },
        { id: older.id, inputs: { topic: 't1' }, query: '', answer: 'Answer 1', message_files: [], feedback: null, created_at: 1735689601 },
      ],
    });
    const page = await fx.app.request('GET', '/api/saved-messages', { ...as(visitor), query: { limit: 1 } });
    expect(page.body).toMatchObject({ has_more: true, data: [expect.objectContaining({ id: newer.id })] });
    const next = await fx.app.request('GET', '/api/saved-messages', { ...as(visitor), query: { limit: 1, last_id: newer.id } });
    expect(next.body).toMatchObject({ has_more: false, data: [expect.objectContaining({ id: older.id })] });
    const unknownCursor = await fx.app.request('GET', '/api/saved-messages', { ...as(visitor), query: { last_id: UNKNOWN } });
    expect(unknownCursor.status).toBe(404);

    const one = await fx.app.request('GET', `/api/saved-messages/${older.id}`, as(visitor));
    expect(one.body).toEqual(list.body.data[1]);
    const forgotten = await fx.app.request('DELETE', `/api/saved-messages/${older.id}`, as(visitor));
    expect(forgotten.status).toBe(204);
    expect((await fx.app.request('GET', `/api/saved-messages/${older.id}`, as(visitor))).status).toBe(404);
    expect((await fx.app.request('DELETE', `/api/saved-messages/${older.id}`, as(visitor))).status).toBe(204);
  });

  it('keeps saved items to their visitor: others can neither save, read nor forget them', async () => {
    const answer = await answerFor(visitor, 5);
    await save(visitor, answer.id);
    for (const outsider of outsiders) {
      const saved = await save(outsider, answer.id);
      expect(saved.status).toBe(404);
      expect(saved.body).toEqual({ code: 'not_found', message: 'Message Not Exists.', status: 404 });
      expect((await fx.app.request('GET', `/api/saved-messages/${answer.id}`, as(outsider))).status).toBe(404);
      expect((await fx.app.request('GET', '/api/saved-messages', as(outsider))).body.data).toEqual([]);
      expect((await fx.app.request('DELETE', `/api/saved-messages/${answer.id}`, as(outsider))).status).toBe(204);
    }
    expect(await fx.app.deps.db.select().from(savedMessages).where(eq(savedMessages.messageId, answer.id))).toEqual([
      expect.objectContaining({ createdBy: visitor.endUser.id, createdByRole: 'end_user', appId: completion.appId }),
    ]);
  });

  it('answers not_completion_app on chat apps', async () => {
    const chat = await seedPromptApp(fx.app, fx.owner, 'chat');
    const chatter = await seedWebVisitor(fx.app, chat);
    for (const [method, path] of [
      ['GET', '/api/saved-messages'],
      ['POST', '/api/saved-messages'],
      ['GET', `/api/saved-messages/${UNKNOWN}`],
      ['DELETE', `/api/saved-messages/${UNKNOWN}`],
    ] as const) {
      const res = await fx.app.request(method, path, { ...as(chatter), ...(method === 'POST' ? { json: { message_id: UNKNOWN } } : {}) });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body).toEqual({ code: 'not_completion_app', message: 'Please check if your Completion app mode matches the right API route.', status: 400 });
    }
  });
});
