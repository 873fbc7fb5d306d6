import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetDocuments, documentSegments } from '@tessera/db';
import { retrievalStore } from '../../../data/datasets/retrieval-store';
import { requestIndexing } from '../../../services/indexing/request-indexing';
import { createDatasetAs, createDatasetKey, createTestApp, indexedBatch, seedMember, seedOwner, seedWorkspace, settledJobRuns, type SeededUser, type TestApp } from '../../../testing';

describe('console knowledge documents, hit testing and its history', () => {
  let app: TestApp;
  let owner: SeededUser;
  let normal: SeededUser;
  let other: SeededUser;
  let key: string;
  let datasetId: string;
  let documentId: string;
  let batch: string;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
    normal = await seedMember(app, owner.workspaceId, 'normal');
    other = await seedWorkspace(app, 'other');
    key = await createDatasetKey(app, owner);
    datasetId = (await createDatasetAs(app, owner, { name: 'Console KB', indexing_technique: 'economy', permission: 'only_me' })).id;
    const created = await app.request('POST', `/v1/datasets/${datasetId}/document/create-by-text`, {
      token: key,
      json: { name: 'tides', text: 'The moon pulls the tides twice a day.\n\nSpring tides follow the full moon.' },
    });
    documentId = created.body.document.id;
    batch = created.body.batch;
    await indexedBatch(app, key, datasetId, batch);
  });
  afterAll(async () => app?.close());

  const call = (user: SeededUser, method: string, path: string, json?: unknown) => app.request(method, `/console/api/datasets/${datasetId}${path}`, { token: user.token, json });

  it('lists documents, shows one, reports progress by batch and by document', async () => {
    const list = await call(owner, 'GET', '/documents');
    expect(list.body).toMatchObject({ total: 1, data: [{ id: documentId, display_status: 'available' }] });
    expect((await call(owner, 'GET', `/documents/${documentId}`)).body).toMatchObject({ id: documentId, segment_count: 1 });
    expect((await call(owner, 'GET', `/batch/${batch}/indexing-status`)).body.data[0]).toMatchObject({ id: documentId, indexing_status: 'completed' });
    expect((await call(owner, 'GET', `/documents/${documentId}/indexing-status`)).body).toMatchObject({ indexing_status: 'completed', completed_segments: 1, total_segments: 1 });
  });

  it('hit-tests and keeps each test in the history, newest first', async () => {
    const test = await call(owner, 'POST', '/hit-testing', { query: 'full moon', retrieval_model: { search_method: 'full_text_search', reranking_enable: false, top_k: 2, score_threshold_enabled: false } });
    expect(test.status).toBe(200);
    expect(test.body.query).toEqual({ content: 'full moon' });
    expect(test.body.records[0].segment.content).toContain('Spring tides');
    await call(owner, 'POST', '/hit-testing', { query: 'tides' });
    const history = await call(owner, 'GET', '/queries');
    expect(history.body).toMatchObject({ total: 2, page: 1, has_more: false });
    expect(history.body.data.map((q: { queries: { content: string }[] }) => q.queries[0]!.content)).toEqual(['tides', 'full moon']);
    expect(history.body.data[0]).toMatchObject({ source: 'hit_testing', created_by_role: 'account', created_by: owner.accountId });
  });

  it('counts every concurrent search in the history and in the hit counts, written after the answers', async () => {
    const hits = async () => ((await call(owner, 'GET', `/documents/${documentId}/segments`)).body.data as { hit_count: number }[])[0]!.hit_count;
    const total = async () => (await call(owner, 'GET', '/queries')).body.total as number;
    const [hitsBefore, totalBefore] = [await hits(), await total()];
    const body = { query: 'spring tides', retrieval_model: { search_method: 'full_text_search', reranking_enable: false, top_k: 2, score_threshold_enabled: false } };
    const answers = await Promise.all(Array.from({ length: 6 }, () => call(owner, 'POST', '/hit-testing', body)));
    expect(answers.map((a) => [a.status, a.body.records.length])).toEqual(Array.from({ length: 6 }, () => [200, 1]));
    expect(await hits()).toBe(hitsBefore + 6);
    expect(await total()).toBe(totalBefore + 6);
  });

  it('writes the history of searches whose dataset was deleted before the write without failing the rest', async () => {
    const total = async () => (await call(owner, 'GET', '/queries')).body.total as number;
    const before = await total();
    const gone = await createDatasetAs(app, owner, { name: 'Deleted before the write' });
    expect((await app.request('DELETE', `/console/api/datasets/${gone.id}`, { token: owner.token })).status).toBe(204);
    const record = (id: string) => ({ datasetId: id, query: 'late', source: 'hit_testing' as const, createdByRole: 'account' as const, createdBy: owner.accountId, createdAt: new Date() });
    await retrievalStore(app.deps.db, owner.workspaceId).recordQueries([record(gone.id), record(datasetId)], []);
    expect(await total()).toBe(before + 1);
  });

  it('pauses a run between steps and resumes it to the end', async () => {
    await app.deps.db.update(documentSegments).set({ status: 'waiting', completedAt: null }).where(eq(documentSegments.documentId, documentId));
    await app.deps.db.update(datasetDocuments).set({ indexingStatus: 'indexing', completedAt: null }).where(eq(datasetDocuments.id, documentId));
    expect((await call(owner, 'PATCH', `/documents/${documentId}/processing/pause`)).body).toEqual({ result: 'success' });
    // The run that was indexing reaches its next step and finds the document paused.
    await requestIndexing(app.deps, { workspaceId: owner.workspaceId, datasetId, documentId });
    expect((await settledJobRuns(app, owner)).map((run) => run.output)).toContainEqual({ status: 'stopped' });
    expect((await call(owner, 'GET', `/documents/${documentId}/indexing-status`)).body).toMatchObject({ indexing_status: 'paused', completed_segments: 0, paused_at: expect.any(Number) });
    expect((await call(owner, 'GET', '/documents', undefined)).body.data[0].display_status).toBe('paused');
    expect((await call(owner, 'PATCH', `/documents/${documentId}/processing/pause`)).body).toMatchObject({ code: 'document_indexing', status: 400 });
    expect((await call(owner, 'PATCH', `/documents/${documentId}/processing/resume`)).body).toEqual({ result: 'success' });
    const [status] = await indexedBatch(app, key, datasetId, batch);
    expect(status).toMatchObject({ indexing_status: 'completed', completed_segments: 1, total_segments: 1 });
  });

  it('applies the dataset’s permission and workspace to every document route', async () => {
    for (const [method, path, json] of [
      ['GET', '/documents', undefined],
      ['GET', `/documents/${documentId}`, undefined],
      ['POST', '/hit-testing', { query: 'moon' }],
      ['GET', '/queries', undefined],
      ['DELETE', `/documents/${documentId}`, undefined],
    ] as const) {
      expect((await call(normal, method, path, json)).status, `member ${method} ${path}`).toBe(403);
      expect((await call(other, method, path, json)).status, `other ${method} ${path}`).toBe(404);
    }
    expect((await call(owner, 'DELETE', `/documents/${documentId}`)).status).toBe(204);
    expect((await call(owner, 'GET', '/documents')).body.total).toBe(0);
  });
});
