import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageFeedbacks } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedAgentThought, seedConversation, seedFeedback, seedMessage, seedMessages, seedModelConfigVersion, seedPromptApp, seedWebVisitor, type SeededPromptApp, type SeededVisitor } from '../../../testing/seed-conversations';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE } from '../../console/model-providers/test-helpers';

const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, second));

describe('web app messages, feedback and suggested questions', () => {
  const fx = useIntegrationFixture({ config: { modelMaxRetries: 0 } });
  let server: TestModelServer;
  let chat: SeededPromptApp;
  let visitor: SeededVisitor;
  let outsiders: SeededVisitor[];
  beforeAll(async () => {
    server = await startTestModelServer();
    chat = await seedPromptApp(fx.app, fx.owner, 'chat');
    visitor = await seedWebVisitor(fx.app, chat);
    const sibling = await seedPromptApp(fx.app, fx.owner, 'chat');
    const foreign = await seedPromptApp(fx.app, await seedWorkspace(fx.app, 'foreign'), 'chat');
    outsiders = [await seedWebVisitor(fx.app, chat), await seedWebVisitor(fx.app, sibling), await seedWebVisitor(fx.app, foreign)];
  });
  afterAll(async () => {
    await server?.close();
  });

  const as = (who: SeededVisitor) => ({ headers: who.headers });
  const conversationOf = (who: SeededVisitor, ref = chat) => seedConversation(fx.app, ref, { endUserId: who.endUser.id, invokeFrom: 'web-app' });

  it('answers the web shape: the metadata without usage or annotation reply, resources trimmed', async () => {
    const conversation = await conversationOf(visitor);
    const message = await seedMessage(fx.app, conversation, {
      query: 'Where is the office?',
      answer: 'In Lyon.',
      metadata: {
        usage: { total_price: '0.002', total_tokens: 40 },
        annotation_reply: { id: 'a-1', account: { id: fx.owner.accountId, name: 'Owner' } },
        retriever_resources: [{ position: 1, dataset_id: 'ds-1', document_name: 'Offices', segment_id: 'seg-9', score: 0.8, content: 'Lyon', hit_count: 3 }],
      },
      createdAt: at(1),
    });
    await seedAgentThought(fx.app, message, { position: 1, thought: 'Search', tool: 'dataset' });
    await seedFeedback(fx.app, message, { rating: 'dislike' });

    const res = await fx.app.request('GET', '/api/messages', { ...as(visitor), query: { conversation_id: conversation.id } });
    expect(res.status).toBe(200);
    const [item] = res.body.data;
    expect(item).toMatchObject({
      id: message.id,
      conversation_id: conversation.id,
      query: 'Where is the office?',
      answer: 'In Lyon.',
      feedback: { rating: 'dislike' },
      status: 'normal',
      error: null,
      message_files: [],
      agent_thoughts: [expect.objectContaining({ position: 1, thought: 'Search', tool: 'dataset', tool_labels: {}, files: [] })],
    });
    expect(item.metadata).toEqual({
      retriever_resources: [{ segment_id: 'seg-9', position: 1, document_name: 'Offices', score: 0.8, content: 'Lyon', summary: null }],
    });
    expect(item.retriever_resources[0]).toMatchObject({ dataset_id: 'ds-1', hit_count: 3, segment_id: 'seg-9' });
    expect(JSON.stringify(res.body)).not.toContain('total_price');
  });

  it('pages backwards and keeps every conversation to its visitor', async () => {
    const conversation = await conversationOf(visitor);
    await seedMessages(fx.app, conversation, 3);
    const newest = await fx.app.request('GET', '/api/messages', { ...as(visitor), query: { conversation_id: conversation.id, limit: 2 } });
    expect(newest.body.data.map((m: { query: string }) => m.query)).toEqual(['Q2', 'Q3']);
    expect(newest.body.has_more).toBe(true);
    const older = await fx.app.request('GET', '/api/messages', { ...as(visitor), query: { conversation_id: conversation.id, limit: 2, first_id: newest.body.data[0].id } });
    expect(older.body).toMatchObject({ has_more: false, data: [expect.objectContaining({ query: 'Q1' })] });
    for (const outsider of outsiders) {
      const res = await fx.app.request('GET', '/api/messages', { ...as(outsider), query: { conversation_id: conversation.id } });
      expect(res.status).toBe(404);
      expect(res.body.message).toBe('Conversation Not Exists.');
    }
    expect((await fx.app.request('GET', '/api/messages', as(visitor))).body.code).toBe('invalid_param');
  });

  it('rates only the visitor’s own messages', async () => {
    const message = await seedMessage(fx.app, await conversationOf(visitor));
    for (const outsider of outsiders) {
      const res = await fx.app.request('POST', `/api/messages/${message.id}/feedbacks`, { ...as(outsider), json: { rating: 'like' } });
      expect(res.status).toBe(404);
      expect(res.body.message).toBe('Message Not Exists.');
    }
    const liked = await fx.app.request('POST', `/api/messages/${message.id}/feedbacks`, { ...as(visitor), json: { rating: 'like', content: 'Great' } });
    expect(liked.body).toEqual({ result: 'success' });
    expect(await fx.app.deps.db.select().from(messageFeedbacks).where(eq(messageFeedbacks.messageId, message.id))).toEqual([
      expect.objectContaining({ rating: 'like', content: 'Great', fromSource: 'user', fromEndUserId: visitor.endUser.id }),
    ]);
    expect((await fx.app.request('POST', `/api/messages/${message.id}/feedbacks`, { ...as(visitor), json: { rating: null } })).status).toBe(200);
    const none = await fx.app.request('POST', `/api/messages/${message.id}/feedbacks`, { ...as(visitor), json: { rating: null } });
    expect(none.body).toMatchObject({ code: 'invalid_param', message: 'rating cannot be None when feedback not exists' });
  });

  it('suggests questions when the feature is on, 403 when it is off, not_completion_app on other apps', async () => {
    expect((await addCompatibleCredential(fx.app, fx.owner, server)).status).toBe(201);
    expect((await addCompatibleModel(fx.app, fx.owner, 'suggester', 'llm')).status).toBe(201);
    const conversation = await conversationOf(visitor);
    const [, last] = await seedMessages(fx.app, conversation, 2);
    const suggested = (who: SeededVisitor) => fx.app.request('GET', `/api/messages/${last!.id}/suggested-questions`, as(who));

    const off = await suggested(visitor);
    expect(off.status).toBe(403);
    expect(off.body).toEqual({ code: 'app_suggested_questions_after_answer_disabled', message: 'Function Suggested questions after answer disabled.', status: 403 });

    await seedModelConfigVersion(fx.app, chat, {
      model: { provider: COMPATIBLE, name: 'suggester', mode: 'chat', completion_params: {} },
      suggested_questions_after_answer: { enabled: true },
    });
    server.script({ text: '["Next?"]' });
    const on = await suggested(visitor);
    expect(on.status).toBe(200);
    expect(on.body).toEqual({ data: ['Next?'] });
    for (const outsider of outsiders) expect((await suggested(outsider)).status).toBe(404);

    const completion = await seedPromptApp(fx.app, fx.owner, 'completion');
    const reader = await seedWebVisitor(fx.app, completion);
    const answer = await seedMessage(fx.app, await conversationOf(reader, completion));
    const wrongMode = await fx.app.request('GET', `/api/messages/${answer.id}/suggested-questions`, as(reader));
    expect(wrongMode.status).toBe(400);
    expect(wrongMode.body.code).toBe('not_completion_app');
  });
});
