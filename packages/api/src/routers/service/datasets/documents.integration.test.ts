import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSegments, segmentIndexEntries } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { requestIndexing } from '../../../services/indexing/request-indexing';
import { createDatasetAs, createDatasetKey, createTestApp, indexedBatch, seedOwner, settledJobRuns, seedWorkspace, type SeededUser, type TestApp } from '../../../testing';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE } from '../../console/model-providers/test-helpers';

const ENGLISH = [
  'The lighthouse keeper climbed the spiral stairs every evening to light the lamp.',
  'Bees collect nectar from flowers and turn it into honey inside the hive.',
  'A glacier is a slow river of ice that carves valleys as it moves.',
].join('\n\n');
const CHINESE = '北京是中国的首都，有很多历史悠久的建筑。\n\n熊猫喜欢吃竹子，主要生活在四川的山区。';
const JAPANESE = '東京タワーは東京の観光名所です。\n\n富士山は日本で一番高い山です。';

const custom = { mode: 'custom', rules: { pre_processing_rules: [{ id: 'remove_extra_spaces', enabled: true }], segmentation: { separator: '\n\n', max_tokens: 200 } } };

describe('knowledge API: documents, indexing and retrieval', () => {
  let app: TestApp;
  let server: TestModelServer;
  let owner: SeededUser;
  let other: SeededUser;
  let key: string;
  let otherKey: string;
  beforeAll(async () => {
    server = await startTestModelServer();
    app = await createTestApp();
    owner = await seedOwner(app);
    other = await seedWorkspace(app, 'other');
    key = await createDatasetKey(app, owner);
    otherKey = await createDatasetKey(app, other);
    expect((await addCompatibleCredential(app, owner, server)).status).toBe(201);
    expect((await addCompatibleModel(app, owner, 'test-embed', 'text-embedding', { context_size: '8192' })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  const v1 = (method: string, path: string, json?: unknown, token = key) => app.request(method, `/v1${path}`, { token, json });
  const addText = async (datasetId: string, name: string, text: string, extra: Record<string, unknown> = {}) => {
    const res = await v1('POST', `/datasets/${datasetId}/document/create-by-text`, { name, text, process_rule: custom, ...extra });
    if (res.status !== 200) throw new Error(`create-by-text: ${res.status} ${res.text}`);
    const [status] = await indexedBatch(app, key, datasetId, res.body.batch);
    return { ...res.body, status };
  };
  const search = async (datasetId: string, query: string, retrieval: Record<string, unknown> = {}) => {
    const res = await v1('POST', `/datasets/${datasetId}/retrieve`, {
      query,
      retrieval_model: { search_method: 'full_text_search', reranking_enable: false, top_k: 3, score_threshold_enabled: false, ...retrieval },
    });
    expect(res.status, res.text).toBe(200);
    return res.body.records as { segment: { content: string; document: { name: string } }; score: number; child_chunks: { content: string }[] }[];
  };

  it('indexes an economy document through every stage and finds English, Chinese and Japanese text', async () => {
    const kb = await createDatasetAs(app, owner, { name: 'Economy', indexing_technique: 'economy' });
    const created = await v1('POST', `/datasets/${kb.id}/document/create-by-text`, { name: 'nature', text: ENGLISH, process_rule: custom });
    expect(created.status).toBe(200);
    expect(created.body.batch).toMatch(/^\d{20}$/);
    expect(created.body.document).toMatchObject({ name: 'nature', created_from: 'api', doc_form: 'text_model', data_source_type: 'upload_file' });
    const [status] = await indexedBatch(app, key, kb.id, created.body.batch);
    expect(status).toMatchObject({ indexing_status: 'completed', error: null, completed_segments: 3, total_segments: 3 });
    for (const field of ['processing_started_at', 'parsing_completed_at', 'cleaning_completed_at', 'splitting_completed_at', 'completed_at']) {
      expect(status![field as keyof typeof status], field).toEqual(expect.any(Number));
    }
    await addText(kb.id, '中文', CHINESE);
    await addText(kb.id, '日本語', JAPANESE);

    expect((await search(kb.id, 'honey bees'))[0]!.segment.content).toContain('Bees collect nectar');
    const panda = await search(kb.id, '熊猫吃什么');
    expect(panda[0]!.segment.content).toContain('熊猫喜欢吃竹子');
    expect(panda[0]!.segment.document.name).toBe('中文');
    expect((await search(kb.id, '富士山'))[0]!.segment.content).toContain('富士山は日本');
    expect(await search(kb.id, 'submarine')).toEqual([]);

    const list = await v1('GET', `/datasets/${kb.id}/documents?limit=2`);
    expect(list.body).toMatchObject({ total: 3, limit: 2, has_more: true, page: 1 });
    expect(list.body.data[0]).toMatchObject({ name: '日本語', display_status: 'available', indexing_status: 'completed' });
    expect((await v1('GET', `/datasets/${kb.id}/documents?keyword=natu`)).body.data.map((d: { name: string }) => d.name)).toEqual(['nature']);
    const detail = await v1('GET', `/datasets/${kb.id}/documents/${created.body.document.id}`);
    expect(detail.body).toMatchObject({ segment_count: 3, data_source_info: { upload_file: { extension: 'txt' } } });
    expect((await v1('GET', `/datasets/${kb.id}/documents/${created.body.document.id}?metadata=bogus`)).body).toMatchObject({ code: 'invalid_metadata', status: 400 });
    expect((await v1('GET', `/datasets/${kb.id}`)).body).toMatchObject({ document_count: 3, total_available_documents: 3, indexing_technique: 'economy', doc_form: 'text_model' });
  });

  it('takes disabled and archived documents out of retrieval and brings them back', async () => {
    const kb = await createDatasetAs(app, owner, { name: 'Statuses', indexing_technique: 'economy' });
    const doc = await addText(kb.id, 'nature', ENGLISH);
    const ids = { document_ids: [doc.document.id] };
    expect((await v1('PATCH', `/datasets/${kb.id}/documents/status/disable`, ids)).body).toEqual({ result: 'success' });
    expect(await search(kb.id, 'glacier')).toEqual([]);
    expect((await v1('GET', `/datasets/${kb.id}/documents?status=disabled`)).body.total).toBe(1);
    await v1('PATCH', `/datasets/${kb.id}/documents/status/enable`, ids);
    expect(await search(kb.id, 'glacier')).toHaveLength(1);
    await v1('PATCH', `/datasets/${kb.id}/documents/status/archive`, ids);
    expect(await search(kb.id, 'glacier')).toEqual([]);
    expect((await v1('DELETE', `/datasets/${kb.id}/documents/${doc.document.id}`)).body).toMatchObject({ code: 'archived_document_immutable', status: 403 });
    await v1('PATCH', `/datasets/${kb.id}/documents/status/un_archive`, ids);
    expect(await search(kb.id, 'glacier')).toHaveLength(1);
    expect((await v1('PATCH', `/datasets/${kb.id}/documents/status/explode`, ids)).body).toMatchObject({ code: 'invalid_action', status: 400 });

    expect((await v1('DELETE', `/datasets/${kb.id}/documents/${doc.document.id}`)).status).toBe(204);
    expect(await app.deps.db.select().from(segmentIndexEntries).where(eq(segmentIndexEntries.documentId, doc.document.id))).toEqual([]);
    expect((await v1('GET', `/datasets/${kb.id}/documents/${doc.document.id}`)).status).toBe(404);
  });

  it('refuses bad requests at once with Dify’s codes, writing nothing', async () => {
    const fresh = await createDatasetAs(app, owner, { name: 'Fresh' });
    expect((await v1('POST', `/datasets/${fresh.id}/document/create-by-text`, { name: 'a', text: 'b' })).body).toMatchObject({
      code: 'invalid_param',
      message: 'indexing_technique is required.',
    });
    const tooSmall = { mode: 'custom', rules: { pre_processing_rules: [], segmentation: { separator: '\n', max_tokens: 49 } } };
    const small = await v1('POST', `/datasets/${fresh.id}/document/create-by-text`, { name: 'a', text: 'b', indexing_technique: 'economy', process_rule: tooSmall });
    expect(small.body).toMatchObject({ code: 'invalid_param', message: 'Custom segment length should be between 50 and 4000.' });
    const form = await v1('POST', `/datasets/${fresh.id}/document/create-by-text`, { name: 'a', text: 'b', indexing_technique: 'economy', doc_form: 'poem' });
    expect(form.body).toMatchObject({ code: 'invalid_param', message: 'Invalid doc_form.' });
    expect((await v1('GET', `/datasets/${fresh.id}/documents`)).body.total).toBe(0);
    expect((await v1('GET', `/datasets/${fresh.id}`)).body.indexing_technique).toBeNull();
    expect((await v1('POST', `/datasets/${fresh.id}/retrieve`, { query: '' })).body).toMatchObject({ code: 'invalid_param' });
  });

  it('embeds high_quality documents in batches and searches semantically and hybrid', async () => {
    const kb = await createDatasetAs(app, owner, { name: 'Semantic', indexing_technique: 'high_quality', embedding_model: 'test-embed', embedding_model_provider: COMPATIBLE });
    const doc = await addText(kb.id, 'nature', ENGLISH);
    expect(doc.status.indexing_status).toBe('completed');
    const entries = await app.deps.db.select().from(segmentIndexEntries).where(eq(segmentIndexEntries.documentId, doc.document.id));
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.embedding && e.embeddingModel === `${COMPATIBLE}/test-embed`)).toBe(true);
    const semantic = await search(kb.id, 'Bees collect nectar from flowers and turn it into honey inside the hive.', { search_method: 'semantic_search' });
    expect(semantic[0]!.segment.content).toContain('Bees collect nectar');
    expect(semantic[0]!.score).toBeGreaterThan(0.99);
    const hybrid = await search(kb.id, 'ice valleys glacier', {
      search_method: 'hybrid_search',
      reranking_mode: 'weighted_score',
      weights: { vector_setting: { vector_weight: 0.3, embedding_provider_name: COMPATIBLE, embedding_model_name: 'test-embed' }, keyword_setting: { keyword_weight: 0.7 } },
    });
    expect(hybrid[0]!.segment.content).toContain('glacier');
    const threshold = await search(kb.id, 'glacier', { search_method: 'semantic_search', score_threshold_enabled: true, score_threshold: 0.999 });
    expect(threshold).toEqual([]);
  });

  it('indexes parent-child documents by their children and answers with the parent', async () => {
    const kb = await createDatasetAs(app, owner, { name: 'Parents', indexing_technique: 'high_quality', embedding_model: 'test-embed', embedding_model_provider: COMPATIBLE });
    const rule = {
      mode: 'hierarchical',
      rules: { pre_processing_rules: [], parent_mode: 'paragraph', segmentation: { separator: '\n\n', max_tokens: 500 }, subchunk_segmentation: { separator: '.', max_tokens: 60 } },
    };
    const text = 'Owls hunt at night. They see well in the dark.\n\nCamels store fat in their humps. They cross deserts.';
    const doc = await addText(kb.id, 'animals', text, { process_rule: rule, doc_form: 'hierarchical_model' });
    expect(doc.status).toMatchObject({ indexing_status: 'completed', total_segments: 2 });
    const records = await search(kb.id, 'deserts');
    expect(records).toHaveLength(1);
    expect(records[0]!.segment.content).toContain('Camels store fat');
    expect(records[0]!.child_chunks.map((c) => c.content)).toEqual([expect.stringContaining('They cross deserts')]);
  });

  it('replays any stage without duplicating segments, and resumes a document cut off mid-way', async () => {
    const kb = await createDatasetAs(app, owner, { name: 'Replay', indexing_technique: 'economy' });
    const doc = await addText(kb.id, 'nature', ENGLISH);
    const segmentsOf = () => app.deps.db.select().from(documentSegments).where(eq(documentSegments.documentId, doc.document.id));
    const before = (await segmentsOf()).map((s) => s.id).sort();
    // As if the process died after splitting and before indexing finished: the job runs again, twice.
    await app.deps.db
      .update(documentSegments)
      .set({ status: 'waiting', completedAt: null })
      .where(and(eq(documentSegments.documentId, doc.document.id)));
    const { datasetDocuments } = await import('@tessera/db');
    await app.deps.db.update(datasetDocuments).set({ indexingStatus: 'splitting', extractedText: ENGLISH, completedAt: null }).where(eq(datasetDocuments.id, doc.document.id));
    const ref = { workspaceId: owner.workspaceId, datasetId: kb.id, documentId: doc.document.id };
    await requestIndexing(app.deps, ref);
    await requestIndexing(app.deps, ref);
    await settledJobRuns(app, owner);
    expect((await segmentsOf()).map((s) => s.id).sort()).toEqual(before);
    expect(await app.deps.db.select().from(segmentIndexEntries).where(eq(segmentIndexEntries.documentId, doc.document.id))).toHaveLength(3);
    const [status] = await indexedBatch(app, key, kb.id, doc.batch);
    expect(status).toMatchObject({ indexing_status: 'completed', completed_segments: 3, total_segments: 3 });
  });

  it("runs each document's indexing as a job its own workspace's operators see, and no other", async () => {
    const kb = await createDatasetAs(app, owner, { name: 'Jobs', indexing_technique: 'economy' });
    const doc = await addText(kb.id, 'nature', ENGLISH);
    const runs = await settledJobRuns(app, owner);
    const mine = [];
    for (const run of runs) {
      const detail = await app.request('GET', `/console/api/workspaces/current/job-runs/${run.id}`, { token: owner.token });
      if (detail.body.event.data.document_id === doc.document.id) mine.push(detail.body);
    }
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'completed', event_name: 'dataset/document.index.requested', output: { status: 'completed' } });
    expect(mine[0].event.data).toEqual({ workspace_id: owner.workspaceId, dataset_id: kb.id, document_id: doc.document.id });
    expect(mine[0].steps.map((step: { name: string }) => step.name)).toEqual(expect.arrayContaining(['extract', 'clean', 'split', 'index-batch-0', 'complete']));

    const theirs = await app.request('GET', '/console/api/workspaces/current/job-runs', { token: other.token, query: { limit: 100 } });
    expect(theirs.status).toBe(200);
    expect(theirs.body.data.map((r: { id: string }) => r.id)).not.toContain(mine[0].id);
    expect((await app.request('GET', `/console/api/workspaces/current/job-runs/${mine[0].id}`, { token: other.token })).status).toBe(404);
  });

  it('keeps documents and retrieval inside the key’s workspace', async () => {
    const kb = await createDatasetAs(app, owner, { name: 'Private docs', indexing_technique: 'economy' });
    const doc = await addText(kb.id, 'nature', ENGLISH);
    for (const [method, path, json] of [
      ['GET', `/datasets/${kb.id}/documents`, undefined],
      ['GET', `/datasets/${kb.id}/documents/${doc.document.id}`, undefined],
      ['DELETE', `/datasets/${kb.id}/documents/${doc.document.id}`, undefined],
      ['GET', `/datasets/${kb.id}/documents/${doc.batch}/indexing-status`, undefined],
      ['PATCH', `/datasets/${kb.id}/documents/status/disable`, { document_ids: [doc.document.id] }],
      ['POST', `/datasets/${kb.id}/document/create-by-text`, { name: 'x', text: 'y' }],
      ['POST', `/datasets/${kb.id}/retrieve`, { query: 'glacier' }],
    ] as const) {
      expect((await v1(method, path, json, otherKey)).status, `${method} ${path}`).toBe(404);
    }
    const theirs = await createDatasetAs(app, other, { name: 'Theirs', indexing_technique: 'economy' });
    expect((await v1('GET', `/datasets/${theirs.id}/documents/${doc.document.id}`, undefined, otherKey)).status).toBe(404);
    expect(await search(kb.id, 'glacier')).toHaveLength(1);
  });
});
