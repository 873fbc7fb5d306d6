import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetQueries, documentSegments } from '@tessera/db';
import { createDatasetAs, createDatasetKey, indexedBatch, parseSse, type SeededPromptApp, seedPromptApp, seedTestModels } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

const MERCURY = 'Mercury is the smallest planet and the closest to the Sun.';
const NILE = 'The Nile flows north through Egypt into the Mediterranean Sea.';

interface Resource {
  [key: string]: unknown;
  document_name: string;
  content: string;
}

describe('apps that answer from knowledge', () => {
  const fx = useIntegrationFixture({ models: true, otherWorkspace: true });
  let datasetKey: string;
  let kb: { id: string; name: string };
  const docs: Record<string, string> = {};
  let chat: SeededPromptApp;

  const knowledge = (datasetIds: string[], extra: Record<string, unknown> = {}) => ({
    dataset_configs: {
      retrieval_model: 'multiple',
      top_k: 2,
      score_threshold_enabled: false,
      reranking_enable: false,
      datasets: { datasets: datasetIds.map((id) => ({ dataset: { enabled: true, id } })) },
    },
    ...extra,
  });

  beforeAll(async () => {
    await seedTestModels(fx.app, fx.owner, fx.models);
    datasetKey = await createDatasetKey(fx.app, fx.owner);
    kb = await createDatasetAs(fx.app, fx.owner, { name: 'Almanac', indexing_technique: 'economy' });
    for (const [name, text] of Object.entries({ mercury: MERCURY, nile: NILE })) {
      const res = await fx.app.request('POST', `/v1/datasets/${kb.id}/document/create-by-text`, {
        token: datasetKey,
        json: { name, text, indexing_technique: 'economy', process_rule: { mode: 'automatic' } },
      });
      expect(res.status).toBe(200);
      docs[name] = res.body.document.id;
      await indexedBatch(fx.app, datasetKey, kb.id, res.body.batch);
    }
    chat = await seedPromptApp(fx.app, fx.owner, { config: { pre_prompt: 'You answer questions.', ...knowledge([kb.id]) } });
  });

  const ask = (key: string, json: Record<string, unknown>, path = '/v1/chat-messages') => fx.app.request('POST', path, { token: key, json });
  const lastPrompt = () => JSON.stringify((fx.models.requests.at(-1)!.body as { messages: unknown }).messages);

  it('streams the cited segments in message_end, sends them to the model, and keeps them with the message', async () => {
    const res = await ask(chat.key, { query: 'Which planet is closest to the Sun?', inputs: {}, user: 'ada', response_mode: 'streaming' });
    expect(res.status).toBe(200);
    const end = parseSse(res.text).flatMap((frame) => (frame.data ? [frame.data] : [])).at(-1);
    expect(end.event).toBe('message_end');
    const resources = end.metadata.retriever_resources as Resource[];
    expect(resources[0]).toMatchObject({
      position: 1,
      dataset_id: kb.id,
      dataset_name: 'Almanac',
      document_id: docs.mercury,
      document_name: 'mercury',
      data_source_type: 'upload_file',
      segment_id: expect.any(String),
      retriever_from: 'api',
      score: expect.any(Number),
      content: MERCURY,
      word_count: expect.any(Number),
      segment_position: 1,
      index_node_hash: expect.any(String),
    });
    expect(lastPrompt()).toContain('<context>');
    expect(lastPrompt()).toContain(MERCURY);

    const listed = await fx.app.request('GET', '/v1/messages', { token: chat.key, query: { conversation_id: end.conversation_id, user: 'ada' } });
    expect(listed.status).toBe(200);
    const stored = listed.body.data[0].retriever_resources;
    expect(stored).toHaveLength(resources.length);
    expect(stored[0]).toMatchObject({ message_id: end.message_id, document_name: 'mercury', content: MERCURY, segment_id: resources[0]!.segment_id, id: expect.any(String), created_at: expect.any(Number) });

    const [segment] = await fx.app.deps.db.select().from(documentSegments).where(eq(documentSegments.id, resources[0]!.segment_id as string));
    expect(segment!.hitCount).toBeGreaterThanOrEqual(1);
    const history = await fx.app.request('GET', `/console/api/datasets/${kb.id}/queries`, { token: fx.owner.token });
    expect(history.body.data[0]).toMatchObject({ source: 'app', source_app_id: chat.appId, queries: [{ content: 'Which planet is closest to the Sun?' }] });
  });

  it('moderates the query before searching: a blocked query reaches no dataset and leaves no query history', async () => {
    const guarded = await seedPromptApp(fx.app, fx.owner, {
      config: {
        pre_prompt: 'You answer questions.',
        ...knowledge([kb.id]),
        sensitive_word_avoidance: {
          enabled: true,
          type: 'keywords',
          config: { keywords: 'smuggle', inputs_config: { enabled: true, preset_response: 'I cannot help with that.' }, outputs_config: { enabled: false } },
        },
      },
    });
    const historyOf = async (content: string) =>
      (await fx.app.deps.db.select().from(datasetQueries).where(eq(datasetQueries.datasetId, kb.id))).filter((row) => row.content === content);
    const modelCalls = fx.models.requests.length;

    const blocked = await ask(guarded.key, { query: 'How to smuggle a planet past the Sun?', inputs: {}, user: 'ada' });
    expect(blocked.status).toBe(200);
    expect(blocked.body).toMatchObject({ answer: 'I cannot help with that.', metadata: { retriever_resources: [] } });
    expect(await historyOf('How to smuggle a planet past the Sun?')).toEqual([]);
    expect(fx.models.requests.length).toBe(modelCalls);

    const allowed = await ask(guarded.key, { query: 'Which planet is the smallest?', inputs: {}, user: 'ada' });
    expect(allowed.body.metadata.retriever_resources[0]).toMatchObject({ dataset_id: kb.id, content: MERCURY });
    expect(await historyOf('Which planet is the smallest?')).toHaveLength(1);
  });

  it('answers blocking with the resources too, and the console logs show them', async () => {
    const res = await ask(chat.key, { query: 'river through Egypt', inputs: {}, user: 'ada' });
    expect(res.status).toBe(200);
    expect(res.body.metadata.retriever_resources[0]).toMatchObject({ document_name: 'nile', content: NILE, position: 1 });
    const logs = await fx.app.request('GET', `/console/api/apps/${chat.appId}/chat-messages`, { token: fx.owner.token, query: { conversation_id: res.body.conversation_id } });
    expect(logs.status).toBe(200);
    expect(logs.body.data[0].metadata.retriever_resources[0]).toMatchObject({ document_name: 'nile', content: NILE });
  });

  it('never cites a disabled document', async () => {
    const ids = { document_ids: [docs.mercury] };
    expect((await fx.app.request('PATCH', `/v1/datasets/${kb.id}/documents/status/disable`, { token: datasetKey, json: ids })).status).toBe(200);
    try {
      const res = await ask(chat.key, { query: 'Which planet is closest to the Sun?', inputs: {}, user: 'ada' });
      expect(res.status).toBe(200);
      expect((res.body.metadata.retriever_resources as Resource[]).map((r) => r.document_name)).not.toContain('mercury');
      expect(lastPrompt()).not.toContain(MERCURY);
    } finally {
      await fx.app.request('PATCH', `/v1/datasets/${kb.id}/documents/status/enable`, { token: datasetKey, json: ids });
    }
  });

  it('uses the knowledge but sends no citations when retriever_resource is off', async () => {
    const quiet = await seedPromptApp(fx.app, fx.owner, { config: { ...knowledge([kb.id]), retriever_resource: { enabled: false } } });
    const res = await ask(quiet.key, { query: 'Which planet is closest to the Sun?', inputs: {}, user: 'ada', response_mode: 'streaming' });
    const end = parseSse(res.text).flatMap((frame) => (frame.data ? [frame.data] : [])).at(-1);
    expect(end.metadata.retriever_resources).toEqual([]);
    expect(lastPrompt()).toContain(MERCURY);
    const listed = await fx.app.request('GET', '/v1/messages', { token: quiet.key, query: { conversation_id: end.conversation_id, user: 'ada' } });
    expect(listed.body.data[0].retriever_resources).toEqual([]);
  });

  it('searches a completion app’s knowledge for the value of its query variable', async () => {
    const completion = await seedPromptApp(fx.app, fx.owner, {
      mode: 'completion',
      config: {
        pre_prompt: 'Answer about {{topic}}',
        user_input_form: [{ 'text-input': { variable: 'topic', label: 'Topic', required: true, max_length: 100 } }],
        dataset_query_variable: 'topic',
        ...knowledge([kb.id]),
      },
    });
    const res = await ask(completion.key, { inputs: { topic: 'Nile river Egypt' }, user: 'ada' }, '/v1/completion-messages');
    expect(res.status).toBe(200);
    expect(res.body.metadata.retriever_resources[0]).toMatchObject({ document_name: 'nile', content: NILE });
    expect(lastPrompt()).toContain(NILE);
    expect(lastPrompt()).toContain('Answer about Nile river Egypt');
  });

  it('gives an agent app its datasets as tools and cites what they returned', async () => {
    const agent = await seedPromptApp(fx.app, fx.owner, { mode: 'agent-chat', config: knowledge([kb.id]) });
    const tool = `dataset_${kb.id.replaceAll('-', '_')}`;
    fx.models.script({ toolCalls: [{ name: tool, arguments: { query: 'river through Egypt' } }] });
    const res = await ask(agent.key, { query: 'where does the Nile flow?', inputs: {}, user: 'ada', response_mode: 'streaming', auto_generate_name: false });
    const events = parseSse(res.text).flatMap((frame) => (frame.data ? [frame.data] : []));
    expect(events.some((event) => event.event === 'agent_thought' && event.tool === tool)).toBe(true);
    const end = events.at(-1);
    expect(end.event).toBe('message_end');
    expect(end.metadata.retriever_resources.length).toBeGreaterThan(0);
    expect(end.metadata.retriever_resources[0]).toMatchObject({ dataset_id: kb.id, document_name: 'nile', retriever_from: 'api' });
    const observed = events.find((event) => event.event === 'agent_thought' && event.tool === tool && event.observation);
    expect(observed.observation).toContain(NILE);
  });


  describe("'single' retrieval", () => {
    const BREAD = 'Bake the bread at 220 degrees for thirty minutes.';
    const QUESTION = 'How long do I bake bread?';
    let kitchen: { id: string };
    beforeAll(async () => {
      kitchen = await createDatasetAs(fx.app, fx.owner, { name: 'Kitchen', description: 'Cooking notes', indexing_technique: 'economy' });
      const res = await fx.app.request('POST', `/v1/datasets/${kitchen.id}/document/create-by-text`, {
        token: datasetKey,
        json: { name: 'bread', text: BREAD, indexing_technique: 'economy', process_rule: { mode: 'automatic' } },
      });
      await indexedBatch(fx.app, datasetKey, kitchen.id, res.body.batch);
    });
    // The Almanac comes first and no dataset shares a word with the question, so choosing by words takes the Almanac.
    const single = (model: string) =>
      seedPromptApp(fx.app, fx.owner, {
        config: {
          model: { provider: 'openai_api_compatible', name: model, mode: 'chat', completion_params: {} },
          dataset_configs: { ...knowledge([kb.id, kitchen.id]).dataset_configs, retrieval_model: 'single' },
        },
      });
    const searchedDatasets = async (appId: string) =>
      (await fx.app.deps.db.select({ datasetId: datasetQueries.datasetId, sourceAppId: datasetQueries.sourceAppId }).from(datasetQueries).where(eq(datasetQueries.content, QUESTION)))
        .filter((row) => row.sourceAppId === appId)
        .map((row) => row.datasetId);

    it('lets the app’s model choose the dataset through a tool call, one tool per dataset', async () => {
      const app = await single('test-chat');
      fx.models.script({ toolCalls: [{ name: kitchen.id, arguments: {} }] });
      const before = fx.models.requests.length;
      const res = await ask(app.key, { query: QUESTION, inputs: {}, user: 'ada', response_mode: 'blocking' });
      expect(res.status, res.text).toBe(200);
      expect(res.body.metadata.retriever_resources.map((r: Resource) => r.content)).toEqual([BREAD]);
      const router = fx.models.requests.slice(before).find((r) => Array.isArray((r.body as { tools?: unknown[] })?.tools));
      const tools = (router!.body as { tools: { function: { name: string; description: string } }[] }).tools.map((t) => [t.function.name, t.function.description]);
      expect(tools).toEqual([
        [kb.id, 'useful for when you want to answer queries about the Almanac'],
        [kitchen.id, 'Cooking notes'],
      ]);
      expect(await searchedDatasets(app.appId)).toEqual([kitchen.id]);
    });

    it('searches nothing when the model calls no tool, as Dify does', async () => {
      const app = await single('test-chat');
      fx.models.script({ text: 'None of these fit.' });
      fx.models.script({ text: 'An answer without knowledge.' });
      const res = await ask(app.key, { query: QUESTION, inputs: {}, user: 'ada', response_mode: 'blocking' });
      expect(res.status, res.text).toBe(200);
      expect(res.body.metadata.retriever_resources ?? []).toEqual([]);
      expect(await searchedDatasets(app.appId)).toEqual([]);
    });

    it('chooses by words when the model cannot call tools or its call fails', async () => {
      const plain = await single('test-plain');
      const before = fx.models.requests.length;
      expect((await ask(plain.key, { query: QUESTION, inputs: {}, user: 'ada', response_mode: 'blocking' })).status).toBe(200);
      expect(fx.models.requests.slice(before).filter((r) => r.path.includes('chat'))).toHaveLength(1);
      expect(await searchedDatasets(plain.appId)).toEqual([kb.id]);

      const failing = await single('test-chat');
      fx.models.failNext({ status: 400, body: { error: { message: 'tools are not supported here' } } });
      expect((await ask(failing.key, { query: QUESTION, inputs: {}, user: 'ada', response_mode: 'blocking' })).status).toBe(200);
      expect(await searchedDatasets(failing.appId)).toEqual([kb.id]);
    });
  });

  let topicTagged: Promise<void> | undefined;
  /** Documents tagged with a `topic` field: mercury is 'space', nile is 'earth'. */
  const tagTopics = () =>
    (topicTagged ??= (async () => {
      const v1 = (method: string, path: string, json: unknown) => fx.app.request(method, `/v1/datasets/${kb.id}${path}`, { token: datasetKey, json });
      const topic = (await v1('POST', '/metadata', { type: 'string', name: 'topic' })).body;
      const set = await v1('POST', '/documents/metadata', {
        operation_data: [
          { document_id: docs.mercury, metadata_list: [{ id: topic.id, name: 'topic', value: 'space' }] },
          { document_id: docs.nile, metadata_list: [{ id: topic.id, name: 'topic', value: 'earth' }] },
        ],
      });
      expect(set.body).toEqual({ result: 'success' });
    })());
  const BOTH_QUESTION = 'Which planet is closest to the Sun? The Nile?';
  const citedNames = (res: { body: { metadata: { retriever_resources: Resource[] } } }) => res.body.metadata.retriever_resources.map((r) => r.document_name).sort();

  it('applies the app’s manual metadata conditions', async () => {
    await tagTopics();
    const conditions = { logical_operator: 'and', conditions: [{ name: 'topic', comparison_operator: 'is', value: 'earth' }] };
    const { dataset_configs } = knowledge([kb.id]);
    const filtered = await seedPromptApp(fx.app, fx.owner, {
      config: { dataset_configs: { ...dataset_configs, metadata_filtering_mode: 'manual', metadata_filtering_conditions: conditions } },
    });
    const res = await ask(filtered.key, { query: BOTH_QUESTION, inputs: {}, user: 'ada' });
    expect(citedNames(res)).toEqual(['nile']);
  });

  it('refuses to save manual conditions that would not parse, and keeps the saved configuration', async () => {
    const { dataset_configs } = knowledge([kb.id]);
    const good = { logical_operator: 'and', conditions: [{ name: 'topic', comparison_operator: 'is', value: 'earth' }] };
    const app = await seedPromptApp(fx.app, fx.owner, {
      config: { dataset_configs: { ...dataset_configs, metadata_filtering_mode: 'manual', metadata_filtering_conditions: good } },
    });
    const path = `/console/api/apps/${app.appId}/model-config`;
    const saved = await fx.app.request('GET', path, { token: fx.owner.token });
    for (const conditions of [
      { logical_operator: 'and', conditions: [{ name: '', comparison_operator: 'is', value: 'earth' }] },
      { logical_operator: 'xor', conditions: [{ name: 'topic', comparison_operator: 'is', value: 'earth' }] },
      { logical_operator: 'and', conditions: [{ name: 'topic', comparison_operator: 'sounds like', value: 'earth' }] },
    ]) {
      const config = { ...saved.body, dataset_configs: { ...dataset_configs, metadata_filtering_mode: 'manual', metadata_filtering_conditions: conditions } };
      const res = await fx.app.request('POST', path, { token: fx.owner.token, json: config });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'invalid_param', status: 400 });
      expect(res.body.message).toContain('metadata_filtering_conditions');
    }
    const after = await fx.app.request('GET', path, { token: fx.owner.token });
    expect(after.body.dataset_configs.metadata_filtering_conditions).toEqual(good);
  });

  describe('automatic metadata filtering', () => {
    let automatic: SeededPromptApp;
    beforeAll(async () => {
      await tagTopics();
      const { dataset_configs } = knowledge([kb.id]);
      automatic = await seedPromptApp(fx.app, fx.owner, {
        config: {
          dataset_configs: {
            ...dataset_configs,
            metadata_filtering_mode: 'automatic',
            metadata_model_config: { provider: 'openai_api_compatible', name: 'test-plain', mode: 'chat', completion_params: {} },
          },
        },
      });
    });
    const filterAnswer = (metadata_map: unknown[]) => JSON.stringify({ metadata_map });
    // No conversation naming, whose model call would take the next scripted answer.
    const askBoth = { query: BOTH_QUESTION, inputs: {}, user: 'ada', response_mode: 'blocking', auto_generate_name: false };

    it('asks the metadata model with the query and the fields, and applies the conditions it answers', async () => {
      const before = fx.models.requests.length;
      fx.models.script({ text: `Here you go:\n\`\`\`json\n${filterAnswer([{ metadata_field_name: 'topic', metadata_field_value: 'space', comparison_operator: 'is' }])}\n\`\`\`` });
      const res = await ask(automatic.key, askBoth);
      expect(res.status).toBe(200);
      expect(citedNames(res)).toEqual(['mercury']);
      const [filterCall, answerCall] = fx.models.requests.slice(before).filter((r) => r.path.includes('chat'));
      expect(JSON.stringify(filterCall!.body)).toContain('test-plain');
      expect(JSON.stringify(filterCall!.body)).toContain('\\"topic\\"');
      expect(JSON.stringify(filterCall!.body)).toContain('The Nile?');
      expect(JSON.stringify(answerCall!.body)).toContain('test-chat');
    });

    it('drops unknown fields and operators, and searches unfiltered when nothing valid is left', async () => {
      fx.models.script({
        text: filterAnswer([
          { metadata_field_name: 'colour', metadata_field_value: 'blue', comparison_operator: 'is' },
          { metadata_field_name: 'topic', metadata_field_value: 'space', comparison_operator: '>' },
        ]),
      });
      expect(citedNames(await ask(automatic.key, askBoth))).toEqual(['mercury', 'nile']);
      fx.models.script({ text: 'topic is earth, I think' });
      expect(citedNames(await ask(automatic.key, askBoth))).toEqual(['mercury', 'nile']);
      fx.models.script({ text: filterAnswer([{ metadata_field_name: 'topic', metadata_field_value: 'earth', comparison_operator: 'is' }]) });
      expect(citedNames(await ask(automatic.key, askBoth))).toEqual(['nile']);
    });

    it('searches unfiltered when the metadata model fails', async () => {
      fx.models.failNext({ status: 400, body: { error: { message: 'no filters today' } } });
      const res = await ask(automatic.key, askBoth);
      expect(res.status).toBe(200);
      expect(citedNames(res)).toEqual(['mercury', 'nile']);
    });
  });
});
