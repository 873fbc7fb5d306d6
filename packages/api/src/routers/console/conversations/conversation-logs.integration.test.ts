import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, conversations, type Message, messageAnnotations } from '@tessera/db';
import { seedMember, seedWorkspace, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedConversation, seedFeedback, seedMessage, seedMessages, seedModelConfigVersion, seedPromptApp, seedServiceEndUser, seedWebVisitor, type SeededPromptApp } from '../../../testing/seed-conversations';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const utc = (iso: string) => new Date(iso);

describe('console conversation logs', () => {
  const fx = useIntegrationFixture();
  let outsider: SeededUser;
  let chat: SeededPromptApp;
  let completion: SeededPromptApp;
  beforeAll(async () => {
    outsider = await seedWorkspace(fx.app, 'outsider');
    chat = await seedPromptApp(fx.app, fx.owner, 'chat');
    completion = await seedPromptApp(fx.app, fx.owner, 'completion');
    // Filters read times on the operator's clock: Shanghai is UTC+8 all year.
    await fx.app.deps.db.update(accounts).set({ timezone: 'Asia/Shanghai' }).where(eq(accounts.id, fx.owner.accountId));
  });

  const get = (user: SeededUser, path: string, query: Record<string, string | number> = {}) => fx.app.request('GET', path, { token: user.token, query });
  const ids = (body: { data: { id: string }[] }) => body.data.map((item) => item.id);
  const annotate = async (message: Message, accountId: string | null = fx.owner.accountId) => {
    const [row] = await fx.app.deps.db
      .insert(messageAnnotations)
      .values({ workspaceId: message.workspaceId, appId: message.appId, conversationId: message.conversationId, messageId: message.id, question: message.query, content: 'Curated answer', accountId })
      .returning();
    return row!;
  };

  describe('chat conversations', () => {
    let target: SeededPromptApp;
    beforeAll(async () => {
      target = await seedPromptApp(fx.app, fx.owner, 'chat', 'Support bot');
    });
    const list = (query: Record<string, string | number> = {}) => get(fx.owner, `/console/api/apps/${target.appId}/chat-conversations`, query);

    it('lists every owner’s conversations in Dify’s shape with counts, stats and the configuration they ran with', async () => {
      const version = await seedModelConfigVersion(fx.app, target, { model: { provider: 'openai', name: 'gpt-4o', mode: 'chat' }, pre_prompt: 'Be kind' });
      const visitor = await seedWebVisitor(fx.app, target, 'visitor-session-1');
      const conversation = await seedConversation(
        fx.app,
        target,
        { endUserId: visitor.endUser.id, invokeFrom: 'web-app' },
        { name: 'Refund question', appModelConfigId: version.id, createdAt: utc('2025-02-01T02:00:00Z'), updatedAt: utc('2025-02-01T03:00:00Z') },
      );
      const [first, second] = await seedMessages(fx.app, conversation, 2, utc('2025-02-01T02:00:00Z'));
      await seedFeedback(fx.app, first!, { rating: 'like' });
      await seedFeedback(fx.app, second!, { rating: 'dislike' });
      await seedFeedback(fx.app, second!, { rating: 'like', accountId: fx.owner.accountId });
      await annotate(second!);

      const res = await list();
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ page: 1, limit: 20, total: 1, has_more: false });
      expect(res.body.data).toEqual([
        {
          id: conversation.id,
          status: 'normal',
          from_source: 'api',
          from_end_user_id: visitor.endUser.id,
          from_end_user_session_id: 'visitor-session-1',
          from_account_id: null,
          from_account_name: null,
          name: 'Refund question',
          summary: 'Q1',
          read_at: null,
          created_at: 1738375200,
          updated_at: 1738378800,
          annotated: true,
          model_config: { model: { provider: 'openai', name: 'gpt-4o', mode: 'chat' }, pre_prompt: 'Be kind' },
          message_count: 2,
          user_feedback_stats: { like: 1, dislike: 1 },
          admin_feedback_stats: { like: 1, dislike: 0 },
          status_count: { success: 0, failed: 0, partial_success: 0 },
        },
      ]);

      const debug = await seedConversation(fx.app, target, { accountId: fx.owner.accountId }, { name: 'Debug run', createdAt: utc('2025-02-02T00:00:00Z') });
      const withDebug = await list({ sort_by: '-created_at' });
      expect(withDebug.body.data[0]).toMatchObject({ id: debug.id, from_source: 'console', from_account_id: fx.owner.accountId, from_account_name: 'Owner', summary: '', message_count: 0, status_count: null, model_config: { model: null, pre_prompt: null } });
    });

    it('filters by keyword, time window on the operator’s clock, annotation status and message count; pages; leaves out deleted ones', async () => {
      const scope = await seedPromptApp(fx.app, fx.owner, 'chat');
      const user = await seedServiceEndUser(fx.app, scope, 'keyword-session');
      const at = (hour: number) => utc(`2025-03-01T${String(hour).padStart(2, '0')}:00:00Z`);
      const a = await seedConversation(fx.app, scope, { endUserId: user.id }, { name: 'Alpha', createdAt: at(1), updatedAt: at(1) });
      const b = await seedConversation(fx.app, scope, { accountId: fx.owner.accountId }, { name: 'Beta', introduction: 'About penguins', createdAt: at(2), updatedAt: at(5) });
      const c = await seedConversation(fx.app, scope, { accountId: fx.owner.accountId }, { name: 'Gamma', createdAt: at(3), updatedAt: at(3) });
      await seedConversation(fx.app, scope, { accountId: fx.owner.accountId }, { name: 'Deleted', isDeleted: true, createdAt: at(4) });
      const [aMessage] = await seedMessages(fx.app, a, 3, at(1));
      await seedMessage(fx.app, c, { query: 'What about 50% off?', answer: 'No discount', createdAt: at(3) });
      await annotate(aMessage!);

      const listOf = (query: Record<string, string | number>) => get(fx.owner, `/console/api/apps/${scope.appId}/chat-conversations`, query);
      expect(ids((await listOf({})).body)).toEqual([b.id, c.id, a.id]);
      expect(ids((await listOf({ sort_by: 'created_at' })).body)).toEqual([a.id, b.id, c.id]);
      expect(ids((await listOf({ keyword: 'discount' })).body)).toEqual([c.id]);
      expect(ids((await listOf({ keyword: '50%' })).body)).toEqual([c.id]);
      expect(ids((await listOf({ keyword: '%' })).body)).toEqual([c.id]);
      expect(ids((await listOf({ keyword: 'PENGUIN' })).body)).toEqual([b.id]);
      expect(ids((await listOf({ keyword: 'alpha' })).body)).toEqual([a.id]);
      expect(ids((await listOf({ keyword: 'keyword-sess' })).body)).toEqual([a.id]);
      expect(ids((await listOf({ annotation_status: 'annotated' })).body)).toEqual([a.id]);
      expect(ids((await listOf({ annotation_status: 'not_annotated' })).body)).toEqual([b.id, c.id]);
      expect(ids((await listOf({ message_count_gte: 2 })).body)).toEqual([a.id]);

      // 02:00 UTC is 10:00 in Shanghai; a sort by creation filters on creation times.
      const window = (start: string, end: string) => listOf({ sort_by: 'created_at', start, end });
      expect(ids((await window('2025-03-01 10:00', '2025-03-01 10:59')).body)).toEqual([b.id]);
      expect(ids((await window('2025-03-01 10:01', '2025-03-01 11:00')).body)).toEqual([c.id]);
      expect(ids((await window('2025-03-01 09:00', '2025-03-01 10:00')).body)).toEqual([a.id, b.id]);
      // Sorted by update, the window applies to update times: b was updated at 13:00 Shanghai time.
      expect(ids((await listOf({ start: '2025-03-01 12:00' })).body)).toEqual([b.id]);

      const page = await listOf({ limit: 2, page: 2 });
      expect(page.body).toMatchObject({ page: 2, limit: 2, total: 3, has_more: false });
      expect(ids(page.body)).toEqual([a.id]);
      expect((await listOf({ limit: 2 })).body.has_more).toBe(true);
      const refused: Record<string, string | number>[] = [
        { start: '2025-03-01' },
        { end: '2025-13-01 10:00' },
        { annotation_status: 'some' },
        { limit: 101 },
        { page: 0 },
        { message_count_gte: 0 },
        { sort_by: 'name' },
      ];
      for (const query of refused) {
        const res = await listOf(query);
        expect(res.status, JSON.stringify(query)).toBe(400);
        expect(res.body.code, JSON.stringify(res.body)).toBe('invalid_param');
      }
    });

    it('shows one conversation in detail, marks it read without moving it, and deletes it for everyone', async () => {
      const version = await seedModelConfigVersion(fx.app, target, {
        opening_statement: 'Hello!',
        suggested_questions: ['Where is my order?'],
        model: { provider: 'openai', name: 'gpt-4o-mini' },
        user_input_form: [],
        pre_prompt: 'Help',
        agent_mode: { enabled: false, tools: [] },
      });
      const user = await seedServiceEndUser(fx.app, target, 'detail-user');
      const conversation = await seedConversation(fx.app, target, { endUserId: user.id }, { appModelConfigId: version.id, introduction: 'Hi', updatedAt: utc('2025-04-01T00:00:00Z') });
      const [message] = await seedMessages(fx.app, conversation, 1);
      await seedFeedback(fx.app, message!, { rating: 'dislike', accountId: fx.owner.accountId });

      const detail = await get(fx.owner, `/console/api/apps/${target.appId}/chat-conversations/${conversation.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body).toEqual({
        id: conversation.id,
        status: 'normal',
        from_source: 'api',
        from_end_user_id: user.id,
        from_account_id: null,
        created_at: expect.any(Number),
        updated_at: 1743465600,
        annotated: false,
        introduction: 'Hi',
        model_config: {
          opening_statement: 'Hello!',
          suggested_questions: ['Where is my order?'],
          model: { provider: 'openai', name: 'gpt-4o-mini' },
          user_input_form: [],
          pre_prompt: 'Help',
          agent_mode: { enabled: false, tools: [] },
        },
        model_config_version: version.version,
        message_count: 1,
        user_feedback_stats: { like: 0, dislike: 0 },
        admin_feedback_stats: { like: 0, dislike: 1 },
      });
      const [row] = await fx.app.deps.db.select().from(conversations).where(eq(conversations.id, conversation.id));
      expect(row?.readAt).toBeInstanceOf(Date);
      expect(row?.updatedAt.toISOString()).toBe('2025-04-01T00:00:00.000Z');
      const listed = (await list()).body.data.find((item: { id: string }) => item.id === conversation.id);
      expect(listed.read_at).toBe(Math.floor(row!.readAt!.getTime() / 1000));

      const deleted = await fx.app.request('DELETE', `/console/api/apps/${target.appId}/chat-conversations/${conversation.id}`, { token: fx.owner.token });
      expect(deleted.status).toBe(204);
      expect((await fx.app.deps.db.select().from(conversations).where(eq(conversations.id, conversation.id)))[0]?.isDeleted).toBe(true);
      expect(ids((await list()).body)).not.toContain(conversation.id);
      expect((await get(fx.owner, `/console/api/apps/${target.appId}/chat-conversations/${conversation.id}`)).status).toBe(404);
      const ownerView = await fx.app.request('GET', '/v1/conversations', { token: target.key, query: { user: 'detail-user' } });
      expect(ownerView.body.data).toEqual([]);
      const again = await fx.app.request('DELETE', `/console/api/apps/${target.appId}/chat-conversations/${conversation.id}`, { token: fx.owner.token });
      expect(again.status).toBe(404);
      expect(again.body).toEqual({ code: 'not_found', message: 'Conversation Not Exists.', status: 404 });
    });
  });

  describe('completion conversations', () => {
    it('lists runs newest first with their message and annotation, and shows one in detail', async () => {
      const visitor = await seedWebVisitor(fx.app, completion);
      const version = await seedModelConfigVersion(fx.app, completion, { model: { provider: 'openai', name: 'gpt-4o' }, pre_prompt: '{{query}}' });
      const older = await seedConversation(fx.app, completion, { endUserId: visitor.endUser.id, invokeFrom: 'web-app' }, { createdAt: utc('2025-05-01T00:00:00Z'), appModelConfigId: version.id });
      const newer = await seedConversation(fx.app, completion, { endUserId: visitor.endUser.id, invokeFrom: 'web-app' }, { createdAt: utc('2025-05-02T00:00:00Z') });
      const olderMessage = await seedMessage(fx.app, older, {
        query: '',
        inputs: { query: 'Write a haiku' },
        answer: 'Autumn moonlight',
        promptMessages: [{ role: 'user', text: 'Write a haiku', files: [] }],
      });
      await seedMessage(fx.app, newer, { answer: 'Second' });
      const annotation = await annotate(olderMessage);

      const res = await get(fx.owner, `/console/api/apps/${completion.appId}/completion-conversations`);
      expect(res.status).toBe(200);
      expect(ids(res.body)).toEqual([newer.id, older.id]);
      expect(res.body.data[1]).toEqual({
        id: older.id,
        status: 'normal',
        from_source: 'api',
        from_end_user_id: visitor.endUser.id,
        from_end_user_session_id: visitor.endUser.sessionId,
        from_account_id: null,
        from_account_name: null,
        read_at: null,
        created_at: 1746057600,
        updated_at: 1746057600,
        annotation: { id: annotation.id, question: '', content: 'Curated answer', account: { id: fx.owner.accountId, name: 'Owner', email: fx.owner.email }, created_at: expect.any(Number) },
        model_config: { model: { provider: 'openai', name: 'gpt-4o' }, pre_prompt: '{{query}}' },
        user_feedback_stats: { like: 0, dislike: 0 },
        admin_feedback_stats: { like: 0, dislike: 0 },
        message: { inputs: { query: 'Write a haiku' }, query: '', message: 'Write a haiku', answer: 'Autumn moonlight' },
      });
      expect(ids((await get(fx.owner, `/console/api/apps/${completion.appId}/completion-conversations`, { keyword: 'moonlight' })).body)).toEqual([older.id]);
      expect(ids((await get(fx.owner, `/console/api/apps/${completion.appId}/completion-conversations`, { annotation_status: 'not_annotated' })).body)).toEqual([newer.id]);

      const detail = await get(fx.owner, `/console/api/apps/${completion.appId}/completion-conversations/${older.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        id: older.id,
        from_source: 'api',
        model_config: { model: { provider: 'openai', name: 'gpt-4o' }, pre_prompt: '{{query}}', opening_statement: null },
        model_config_version: version.version,
        annotated: true,
        message_count: 1,
        user_feedback_stats: { like: 0, dislike: 0 },
        admin_feedback_stats: { like: 0, dislike: 0 },
        message: { id: olderMessage.id, answer: 'Autumn moonlight', annotation: { id: annotation.id, content: 'Curated answer' }, model_config_version: version.version },
      });
      const foreignDelete = await fx.app.request('DELETE', `/console/api/apps/${completion.appId}/completion-conversations/${newer.id}`, { token: outsider.token });
      expect(foreignDelete.body.code).toBe('app_not_found');
      const deleted = await fx.app.request('DELETE', `/console/api/apps/${completion.appId}/completion-conversations/${newer.id}`, { token: fx.owner.token });
      expect(deleted.status).toBe(204);
      expect(ids((await get(fx.owner, `/console/api/apps/${completion.appId}/completion-conversations`)).body)).toEqual([older.id]);
    });
  });

  it('serves each kind of log only for its kind of app, only to editors, only in the app’s workspace', async () => {
    const user = await seedServiceEndUser(fx.app, chat, 'guarded');
    const conversation = await seedConversation(fx.app, chat, { endUserId: user.id });
    const chatPaths = [`/console/api/apps/${chat.appId}/chat-conversations`, `/console/api/apps/${chat.appId}/chat-conversations/${conversation.id}`];
    const completionPaths = [`/console/api/apps/${completion.appId}/completion-conversations`, `/console/api/apps/${completion.appId}/completion-conversations/${UNKNOWN}`];

    for (const path of [`/console/api/apps/${completion.appId}/chat-conversations`, `/console/api/apps/${chat.appId}/completion-conversations`]) {
      const res = await get(fx.owner, path);
      expect(res.status, path).toBe(404);
      expect(res.body.code).toBe('app_not_found');
    }
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    for (const path of chatPaths) {
      expect((await get(normal, path)).status, path).toBe(403);
      expect((await get(editor, path)).status, path).toBe(200);
      const foreign = await get(outsider, path);
      expect(foreign.status, path).toBe(404);
      expect(foreign.body.code).toBe('app_not_found');
    }
    for (const path of completionPaths) expect((await get(outsider, path)).body.code).toBe('app_not_found');
    const deleteAs = (who: SeededUser) => fx.app.request('DELETE', chatPaths[1]!, { token: who.token });
    expect((await deleteAs(normal)).status).toBe(403);
    expect((await deleteAs(outsider)).status).toBe(404);
    expect((await fx.app.deps.db.select().from(conversations).where(eq(conversations.id, conversation.id)))[0]?.isDeleted).toBe(false);
    const otherApp = await seedPromptApp(fx.app, fx.owner, 'chat');
    expect((await get(fx.owner, `/console/api/apps/${otherApp.appId}/chat-conversations/${conversation.id}`)).status).toBe(404);
    expect((await fx.app.request('DELETE', `/console/api/apps/${otherApp.appId}/chat-conversations/${conversation.id}`, { token: fx.owner.token })).status).toBe(404);
    expect((await get(fx.owner, `/console/api/apps/${chat.appId}/chat-conversations`)).status).toBe(200);
    expect((await fx.app.request('GET', `/console/api/apps/${chat.appId}/chat-conversations`)).status).toBe(401);
  });
});
