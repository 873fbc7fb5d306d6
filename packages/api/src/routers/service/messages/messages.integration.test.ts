import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedAgentThought, seedConversation, seedFeedback, seedMessage, seedMessageFile, seedMessages, seedModelConfigVersion, seedPromptApp, seedServiceEndUser, type SeededPromptApp } from '../../../testing/seed-conversations';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE } from '../../console/model-providers/test-helpers';
import { pathOf, upload } from '../../files/testing';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, second));
const SIGNED = /^http:\/\/localhost:3000\/files\/[0-9a-f-]{36}\/file-preview\?timestamp=\d+&nonce=[0-9a-f]{32}&sign=[\w%-]+$/;

describe('Service API messages and suggested questions', () => {
  const fx = useIntegrationFixture({ config: { modelMaxRetries: 0 }, otherWorkspace: true });
  let server: TestModelServer;
  let chat: SeededPromptApp;
  let sibling: SeededPromptApp;
  let foreign: SeededPromptApp;
  beforeAll(async () => {
    server = await startTestModelServer();
    chat = await seedPromptApp(fx.app, fx.owner, 'agent-chat');
    sibling = await seedPromptApp(fx.app, fx.owner, 'chat');
    foreign = await seedPromptApp(fx.app, fx.other, 'chat');
  });
  afterAll(async () => {
    await server?.close();
  });

  const list = (key: string, query: Record<string, string | number>) => fx.app.request('GET', '/v1/messages', { token: key, query });
  const conversationOf = async (ref: SeededPromptApp, user: string) => {
    const endUser = await seedServiceEndUser(fx.app, ref, user);
    return seedConversation(fx.app, ref, { endUserId: endUser.id });
  };

  it('answers each message field by field: files with signed URLs, agent thoughts, own feedback, retriever resources', async () => {
    const conversation = await conversationOf(chat, 'alice');
    const uploaded = await upload(fx.app, { name: 'photo.png', data: 'png-bytes', type: 'image/png', token: fx.owner.token });
    expect(uploaded.status).toBe(201);
    const foreignUpload = await upload(fx.app, { name: 'secret.txt', data: 'secret', type: 'text/plain', token: fx.other.token });
    const stale = (id: string) => `http://old.example/files/${id}/file-preview?timestamp=1&nonce=${'a'.repeat(32)}&sign=old`;
    const message = await seedMessage(fx.app, conversation, {
      query: 'Look at this',
      answer: `Here: ![chart](${stale(uploaded.body.id)}) and [leak](${stale(foreignUpload.body.id)})`,
      inputs: { city: 'Paris' },
      status: 'error',
      error: 'Model timed out',
      metadata: {
        usage: { total_tokens: 15 },
        retriever_resources: [{ position: 1, dataset_id: 'ds-1', dataset_name: 'Handbook', document_name: 'intro.md', score: 0.92, content: 'Welcome', segment_id: 'seg-1' }],
      },
      createdAt: at(1),
    });
    const imageFile = await seedMessageFile(fx.app, message, { type: 'image', transferMethod: 'local_file', uploadFileId: uploaded.body.id });
    const remote = await seedMessageFile(fx.app, message, { type: 'document', transferMethod: 'remote_url', url: 'https://example.com/docs/report%202025.pdf' });
    const thought = await seedAgentThought(fx.app, message, {
      position: 1,
      thought: 'I should check the time',
      tool: 'current_time',
      toolLabels: { current_time: { en_US: 'Current Time' } },
      toolInput: '{"current_time": {}}',
      observation: '{"current_time": "12:00"}',
      messageFiles: [imageFile.id],
    });
    await seedFeedback(fx.app, message, { rating: 'like' });
    await seedFeedback(fx.app, message, { rating: 'dislike', accountId: fx.owner.accountId });

    const res = await list(chat.key, { conversation_id: conversation.id, user: 'alice' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ limit: 20, has_more: false });
    expect(res.body.data).toHaveLength(1);
    const item = res.body.data[0];
    expect(Object.keys(item).sort()).toEqual(
      ['agent_thoughts', 'answer', 'conversation_id', 'created_at', 'error', 'feedback', 'id', 'inputs', 'message_files', 'parent_message_id', 'query', 'retriever_resources', 'status'].sort(),
    );
    expect(item).toMatchObject({
      id: message.id,
      conversation_id: conversation.id,
      parent_message_id: null,
      inputs: { city: 'Paris' },
      query: 'Look at this',
      feedback: { rating: 'like' },
      created_at: 1735689601,
      status: 'error',
      error: 'Model timed out',
    });
    expect(item.answer).toContain(stale(foreignUpload.body.id));
    expect(item.answer).not.toContain(stale(uploaded.body.id));
    const [resigned] = /!\[chart\]\(([^)]+)\)/.exec(item.answer)!.slice(1);
    expect(resigned).toMatch(SIGNED);
    expect((await fx.app.request('GET', pathOf(resigned!))).text).toBe('png-bytes');

    expect(item.retriever_resources).toEqual([
      {
        id: null,
        message_id: message.id,
        position: 1,
        dataset_id: 'ds-1',
        dataset_name: 'Handbook',
        document_id: null,
        document_name: 'intro.md',
        data_source_type: null,
        segment_id: 'seg-1',
        score: 0.92,
        hit_count: null,
        word_count: null,
        segment_position: null,
        index_node_hash: null,
        content: 'Welcome',
        summary: null,
        created_at: null,
      },
    ]);
    expect(item.agent_thoughts).toEqual([
      {
        id: thought.id,
        chain_id: null,
        message_id: message.id,
        position: 1,
        thought: 'I should check the time',
        tool: 'current_time',
        tool_labels: { current_time: { en_US: 'Current Time' } },
        tool_input: '{"current_time": {}}',
        created_at: expect.any(Number),
        observation: '{"current_time": "12:00"}',
        files: [imageFile.id],
      },
    ]);
    expect(item.message_files).toEqual([
      {
        id: imageFile.id,
        filename: 'photo.png',
        type: 'image',
        url: expect.stringMatching(SIGNED),
        mime_type: 'image/png',
        size: 9,
        transfer_method: 'local_file',
        belongs_to: 'user',
        upload_file_id: uploaded.body.id,
      },
      {
        id: remote.id,
        filename: 'report 2025.pdf',
        type: 'document',
        url: 'https://example.com/docs/report%202025.pdf',
        mime_type: 'application/pdf',
        size: null,
        transfer_method: 'remote_url',
        belongs_to: 'user',
        upload_file_id: null,
      },
    ]);
    expect((await fx.app.request('GET', pathOf(item.message_files[0].url))).text).toBe('png-bytes');
  });

  it('never signs an upload of another workspace that a message file names', async () => {
    const conversation = await conversationOf(chat, 'mallory');
    const foreignUpload = await upload(fx.app, { name: 'secret.txt', data: 'secret', type: 'text/plain', token: fx.other.token });
    const message = await seedMessage(fx.app, conversation, { createdAt: at(1) });
    await seedMessageFile(fx.app, message, { type: 'document', transferMethod: 'local_file', uploadFileId: foreignUpload.body.id });
    const res = await list(chat.key, { conversation_id: conversation.id, user: 'mallory' });
    expect(res.body.data[0].message_files).toEqual([expect.objectContaining({ url: null, filename: null, upload_file_id: foreignUpload.body.id })]);
  });

  it('pages backwards with first_id, oldest first within a page', async () => {
    const conversation = await conversationOf(chat, 'bob');
    const seeded = await seedMessages(fx.app, conversation, 5);
    const queries = (body: { data: { query: string }[] }) => body.data.map((m) => m.query);
    const newest = await list(chat.key, { conversation_id: conversation.id, user: 'bob', limit: 2 });
    expect(queries(newest.body)).toEqual(['Q4', 'Q5']);
    expect(newest.body.has_more).toBe(true);
    const older = await list(chat.key, { conversation_id: conversation.id, user: 'bob', limit: 2, first_id: newest.body.data[0].id });
    expect(queries(older.body)).toEqual(['Q2', 'Q3']);
    expect(older.body.has_more).toBe(true);
    const oldest = await list(chat.key, { conversation_id: conversation.id, user: 'bob', limit: 2, first_id: older.body.data[0].id });
    expect(queries(oldest.body)).toEqual(['Q1']);
    expect(oldest.body.has_more).toBe(false);
    const exact = await list(chat.key, { conversation_id: conversation.id, user: 'bob', limit: 5 });
    expect(exact.body.has_more).toBe(false);
    expect(queries(exact.body)).toEqual(seeded.map((m) => m.query));

    const unknown = await list(chat.key, { conversation_id: conversation.id, user: 'bob', first_id: UNKNOWN });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ code: 'not_found', message: 'First Message Not Exists.', status: 404 });
    const elsewhere = await conversationOf(chat, 'bob');
    const fromOtherConversation = await list(chat.key, { conversation_id: elsewhere.id, user: 'bob', first_id: seeded[2]!.id });
    expect(fromOtherConversation.status).toBe(404);
  });

  it('answers an empty page for an empty conversation_id, 400 without one, 404 for anyone else’s', async () => {
    expect((await list(chat.key, { conversation_id: '', user: 'bob' })).body).toEqual({ limit: 20, has_more: false, data: [] });
    const missing = await list(chat.key, { user: 'bob' });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'invalid_param', message: expect.stringContaining('conversation_id') });
    const conversation = await conversationOf(chat, 'carol');
    await seedMessages(fx.app, conversation, 1);
    for (const [key, user] of [
      [chat.key, 'dave'],
      [sibling.key, 'carol'],
      [foreign.key, 'carol'],
    ] as const) {
      const res = await list(key, { conversation_id: conversation.id, user });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'not_found', message: 'Conversation Not Exists.', status: 404 });
    }
    const completion = await seedPromptApp(fx.app, fx.owner, 'completion');
    expect((await list(completion.key, { conversation_id: '', user: 'x' })).body.code).toBe('not_chat_app');
  });

  describe('suggested questions', () => {
    let target: SeededPromptApp;
    beforeAll(async () => {
      target = await seedPromptApp(fx.app, fx.owner, 'chat');
      expect((await addCompatibleCredential(fx.app, fx.owner, server)).status).toBe(201);
      expect((await addCompatibleModel(fx.app, fx.owner, 'suggester', 'llm')).status).toBe(201);
    });
    const suggested = (key: string, messageId: string, user?: string) =>
      fx.app.request('GET', `/v1/messages/${messageId}/suggested`, { token: key, query: user === undefined ? {} : { user } });

    it('answers 400 bad_request while the feature is off', async () => {
      await seedModelConfigVersion(fx.app, target, { suggested_questions_after_answer: { enabled: false } });
      const conversation = await conversationOf(target, 'erin');
      const [message] = await seedMessages(fx.app, conversation, 1);
      const res = await suggested(target.key, message!.id, 'erin');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ code: 'bad_request', message: 'Suggested Questions Is Disabled.', status: 400 });
    });

    it('asks the model of the conversation’s configuration with the latest turns, and 404s for others', async () => {
      const version = await seedModelConfigVersion(fx.app, target, {
        model: { provider: COMPATIBLE, name: 'suggester', mode: 'chat', completion_params: {} },
        suggested_questions_after_answer: { enabled: true },
      });
      const erin = await seedServiceEndUser(fx.app, target, 'erin');
      const conversation = await seedConversation(fx.app, target, { endUserId: erin.id }, { appModelConfigId: version.id });
      const seeded = await seedMessages(fx.app, conversation, 4);
      // Turning the feature off for new conversations leaves this one's configuration as it was.
      await seedModelConfigVersion(fx.app, target, { suggested_questions_after_answer: { enabled: false } });
      server.reset();
      server.script({ text: '["How long is the flight?", "What about hotels?", "Any museums?"]' });
      const res = await suggested(target.key, seeded[3]!.id, 'erin');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ result: 'success', data: ['How long is the flight?', 'What about hotels?', 'Any museums?'] });
      const prompt = JSON.stringify(server.requests.at(-1)?.body);
      expect(prompt).toContain('Human: Q4');
      expect(prompt).toContain('Human: Q2');
      expect(prompt).not.toContain('Human: Q1');

      expect((await suggested(target.key, seeded[3]!.id)).body).toEqual({ code: 'invalid_param', message: 'Arg user must be provided.', status: 400 });
      expect((await suggested(target.key, seeded[3]!.id, 'frank')).status).toBe(404);
      expect((await suggested(sibling.key, seeded[3]!.id, 'erin')).body).toMatchObject({ code: 'not_found', message: 'Message Not Exists.' });
      expect((await suggested(foreign.key, seeded[3]!.id, 'erin')).status).toBe(404);
    });
  });
});
