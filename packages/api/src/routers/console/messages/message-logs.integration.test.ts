import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotationHitHistories, messageAnnotations, messageFeedbacks } from '@tessera/db';
import { seedMember, seedWorkspace, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedAgentThought, seedConversation, seedFeedback, seedMessage, seedMessageFile, seedMessages, seedModelConfigVersion, seedPromptApp, seedServiceEndUser, type SeededPromptApp } from '../../../testing/seed-conversations';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('console message logs and operator feedback', () => {
  const fx = useIntegrationFixture();
  let outsider: SeededUser;
  let chat: SeededPromptApp;
  let sibling: SeededPromptApp;
  beforeAll(async () => {
    outsider = await seedWorkspace(fx.app, 'outsider');
    chat = await seedPromptApp(fx.app, fx.owner, 'agent-chat');
    sibling = await seedPromptApp(fx.app, fx.owner, 'chat');
  });

  const conversationIn = async (ref: SeededPromptApp, user = 'someone') => {
    const endUser = await seedServiceEndUser(fx.app, ref, user);
    return seedConversation(fx.app, ref, { endUserId: endUser.id });
  };
  const chatMessages = (user: SeededUser, appId: string, query: Record<string, string | number>) =>
    fx.app.request('GET', `/console/api/apps/${appId}/chat-messages`, { token: user.token, query });

  it('answers each message in the console’s detail shape: costs, thoughts, every feedback, annotations, configuration version', async () => {
    const version = await seedModelConfigVersion(fx.app, chat, { model: { provider: 'openai', name: 'gpt-4o' } });
    const conversation = await conversationIn(chat, 'alice');
    const message = await seedMessage(fx.app, conversation, {
      query: 'What time is it?',
      answer: 'Noon.',
      inputs: { tz: 'UTC' },
      promptMessages: [{ role: 'system', text: 'Be brief' }],
      messageTokens: 42,
      answerTokens: 7,
      latency: 1.25,
      totalPrice: '0.0001230',
      appModelConfigId: version.id,
      metadata: { usage: { total_tokens: 49, total_price: '0.0001230', currency: 'USD' } },
    });
    const thought = await seedAgentThought(fx.app, message, { position: 1, thought: 'Check the clock', tool: 'current_time', toolInput: '{}', observation: '12:00' });
    const file = await seedMessageFile(fx.app, message, { type: 'image', transferMethod: 'remote_url', url: 'https://example.com/clock.png', belongsTo: 'assistant' });
    await seedFeedback(fx.app, message, { rating: 'like', content: 'Helpful' });
    await seedFeedback(fx.app, message, { rating: 'dislike', content: 'Too short', accountId: fx.owner.accountId });
    const [annotation] = await fx.app.deps.db
      .insert(messageAnnotations)
      .values({ workspaceId: fx.owner.workspaceId, appId: chat.appId, conversationId: conversation.id, messageId: message.id, question: 'What time is it?', content: 'Check a clock', accountId: fx.owner.accountId })
      .returning();
    await fx.app.deps.db.insert(annotationHitHistories).values({
      appId: chat.appId,
      annotationId: annotation!.id,
      source: 'api',
      question: 'What time is it?',
      score: 0.97,
      messageId: message.id,
      annotationQuestion: 'What time is it?',
      annotationContent: 'Check a clock',
    });

    const res = await chatMessages(fx.owner, chat.appId, { conversation_id: conversation.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ limit: 20, has_more: false });
    const ownerAccount = { id: fx.owner.accountId, name: 'Owner', email: fx.owner.email };
    expect(res.body.data).toEqual([
      {
        id: message.id,
        conversation_id: conversation.id,
        inputs: { tz: 'UTC' },
        query: 'What time is it?',
        message: [{ role: 'system', text: 'Be brief' }],
        message_tokens: 42,
        answer: 'Noon.',
        answer_tokens: 7,
        provider_response_latency: 1.25,
        from_source: 'api',
        from_end_user_id: conversation.fromEndUserId,
        from_account_id: null,
        feedbacks: [
          { rating: 'like', content: 'Helpful', from_source: 'user', from_end_user_id: conversation.fromEndUserId, from_account: null },
          { rating: 'dislike', content: 'Too short', from_source: 'admin', from_end_user_id: null, from_account: ownerAccount },
        ],
        workflow_run_id: null,
        annotation: { id: annotation!.id, question: 'What time is it?', content: 'Check a clock', account: ownerAccount, created_at: expect.any(Number) },
        annotation_hit_history: { annotation_id: annotation!.id, annotation_create_account: ownerAccount, created_at: expect.any(Number) },
        created_at: expect.any(Number),
        agent_thoughts: [expect.objectContaining({ id: thought.id, position: 1, thought: 'Check the clock', tool: 'current_time', observation: '12:00' })],
        message_files: [expect.objectContaining({ id: file.id, url: 'https://example.com/clock.png', belongs_to: 'assistant', filename: 'clock.png', mime_type: 'image/png' })],
        metadata: { usage: { total_tokens: 49, total_price: '0.0001230', currency: 'USD' } },
        status: 'normal',
        error: null,
        parent_message_id: null,
        total_price: '0.0001230',
        currency: 'USD',
        app_model_config_id: version.id,
        model_config_version: version.version,
      },
    ]);

    const detail = await fx.app.request('GET', `/console/api/apps/${chat.appId}/messages/${message.id}`, { token: fx.owner.token });
    expect(detail.status).toBe(200);
    expect(detail.body).toEqual(res.body.data[0]);
  });

  it('pages a conversation backwards and keeps to the app’s own conversations', async () => {
    const conversation = await conversationIn(chat, 'bob');
    await seedMessages(fx.app, conversation, 3);
    const newest = await chatMessages(fx.owner, chat.appId, { conversation_id: conversation.id, limit: 2 });
    expect(newest.body.data.map((m: { query: string }) => m.query)).toEqual(['Q2', 'Q3']);
    expect(newest.body.has_more).toBe(true);
    const older = await chatMessages(fx.owner, chat.appId, { conversation_id: conversation.id, limit: 2, first_id: newest.body.data[0].id });
    expect(older.body).toMatchObject({ has_more: false, data: [expect.objectContaining({ query: 'Q1' })] });
    expect((await chatMessages(fx.owner, chat.appId, { conversation_id: conversation.id, first_id: UNKNOWN })).status).toBe(404);

    const elsewhere = await chatMessages(fx.owner, sibling.appId, { conversation_id: conversation.id });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toEqual({ code: 'not_found', message: 'Conversation Not Exists.', status: 404 });
    expect((await chatMessages(outsider, chat.appId, { conversation_id: conversation.id })).body.code).toBe('app_not_found');
    expect((await chatMessages(await seedMember(fx.app, fx.owner.workspaceId, 'normal'), chat.appId, { conversation_id: conversation.id })).status).toBe(403);
    const completion = await seedPromptApp(fx.app, fx.owner, 'completion');
    expect((await chatMessages(fx.owner, completion.appId, { conversation_id: conversation.id })).body.code).toBe('app_not_found');
  });

  it('shows a message only through its own app, and not once its conversation is deleted', async () => {
    const conversation = await conversationIn(chat, 'carol');
    const message = await seedMessage(fx.app, conversation);
    const member = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    expect((await fx.app.request('GET', `/console/api/apps/${chat.appId}/messages/${message.id}`, { token: member.token })).status).toBe(200);
    const viaSibling = await fx.app.request('GET', `/console/api/apps/${sibling.appId}/messages/${message.id}`, { token: fx.owner.token });
    expect(viaSibling.body).toEqual({ code: 'not_found', message: 'Message Not Exists.', status: 404 });
    expect((await fx.app.request('GET', `/console/api/apps/${chat.appId}/messages/${message.id}`, { token: outsider.token })).body.code).toBe('app_not_found');
    const deleted = await fx.app.request('DELETE', `/console/api/apps/${chat.appId}/chat-conversations/${conversation.id}`, { token: fx.owner.token });
    expect(deleted.status).toBe(204);
    expect((await fx.app.request('GET', `/console/api/apps/${chat.appId}/messages/${message.id}`, { token: fx.owner.token })).status).toBe(404);
  });

  it('takes an operator’s rating on any message of the app, apart from the end user’s', async () => {
    const message = await seedMessage(fx.app, await conversationIn(chat, 'dave'));
    await seedFeedback(fx.app, message, { rating: 'like' });
    const rate = (user: SeededUser, appId: string, body: Record<string, unknown>) =>
      fx.app.request('POST', `/console/api/apps/${appId}/feedbacks`, { token: user.token, json: body });
    const rows = () => fx.app.deps.db.select().from(messageFeedbacks).where(eq(messageFeedbacks.messageId, message.id));

    const member = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    expect((await rate(member, chat.appId, { message_id: message.id, rating: 'dislike', content: 'Wrong' })).body).toEqual({ result: 'success' });
    expect(await rows()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fromSource: 'user', rating: 'like' }),
        expect.objectContaining({ fromSource: 'admin', rating: 'dislike', content: 'Wrong', fromAccountId: member.accountId }),
      ]),
    );
    await rate(fx.owner, chat.appId, { message_id: message.id, rating: 'like' });
    expect((await rows()).filter((row) => row.fromSource === 'admin')).toEqual([expect.objectContaining({ rating: 'like', content: null, fromAccountId: fx.owner.accountId })]);
    expect((await rate(fx.owner, chat.appId, { message_id: message.id, rating: null })).status).toBe(200);
    expect(await rows()).toEqual([expect.objectContaining({ fromSource: 'user', rating: 'like' })]);
    const nothing = await rate(fx.owner, chat.appId, { message_id: message.id, rating: null });
    expect(nothing.body).toMatchObject({ code: 'invalid_param', message: 'rating cannot be None when feedback not exists' });

    const viaSibling = await rate(fx.owner, sibling.appId, { message_id: message.id, rating: 'like' });
    expect(viaSibling.body).toEqual({ code: 'not_found', message: 'Message Not Exists.', status: 404 });
    expect((await rate(outsider, chat.appId, { message_id: message.id, rating: 'like' })).body.code).toBe('app_not_found');
    expect((await rate(fx.owner, chat.appId, { message_id: 'nope', rating: 'like' })).body.code).toBe('invalid_param');
    expect(await rows()).toHaveLength(1);
  });
});
