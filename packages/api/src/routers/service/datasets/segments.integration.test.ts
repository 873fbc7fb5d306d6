import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentIndexEntries } from '@tessera/db';
import { createDatasetAs, createDatasetKey, createTestApp, indexedBatch, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../../testing';

const TEXT = 'Apples grow on trees.\n\nCarrots grow under the ground.\n\nRice grows in flooded fields.';
const RULE = { mode: 'custom', rules: { pre_processing_rules: [], segmentation: { separator: '\n\n', max_tokens: 100 } } };

describe('knowledge API: segments', () => {
  let app: TestApp;
  let owner: SeededUser;
  let key: string;
  let otherKey: string;
  let datasetId: string;
  let documentId: string;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
    const other: SeededUser = await seedWorkspace(app, 'other');
    key = await createDatasetKey(app, owner);
    otherKey = await createDatasetKey(app, other);
    datasetId = (await createDatasetAs(app, owner, { name: 'Segments', indexing_technique: 'economy' })).id;
    const created = await app.request('POST', `/v1/datasets/${datasetId}/document/create-by-text`, { token: key, json: { name: 'crops', text: TEXT, process_rule: RULE } });
    documentId = created.body.document.id;
    await indexedBatch(app, key, datasetId, created.body.batch);
  });
  afterAll(async () => app?.close());

  const base = () => `/v1/datasets/${datasetId}/documents/${documentId}/segments`;
  const v1 = (method: string, path: string, json?: unknown, token = key) => app.request(method, path, { token, json });
  const search = async (query: string) =>
    (
      await v1('POST', `/v1/datasets/${datasetId}/retrieve`, {
        query,
        retrieval_model: { search_method: 'full_text_search', reranking_enable: false, top_k: 5, score_threshold_enabled: false },
      })
    ).body.records.map((r: { segment: { content: string } }) => r.segment.content);

  it('lists by position with keyword, status and paging', async () => {
    const list = await v1('GET', `${base()}?limit=2`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ doc_form: 'text_model', total: 3, has_more: true, limit: 2, page: 1 });
    expect(list.body.data.map((s: { position: number }) => s.position)).toEqual([1, 2]);
    expect(list.body.data[0]).toMatchObject({ content: 'Apples grow on trees.', status: 'completed', enabled: true, word_count: 21, child_chunks: [] });
    expect((await v1('GET', `${base()}?keyword=carrot`)).body.data.map((s: { content: string }) => s.content)).toEqual(['Carrots grow under the ground.']);
    expect((await v1('GET', `${base()}?status=error`)).body.total).toBe(0);
  });

  it('creates segments indexed at once, updates (re-indexed), disables and deletes them', async () => {
    const created = await v1('POST', base(), { segments: [{ content: 'Mangoes ripen in summer.', keywords: ['fruit'] }] });
    expect(created.status).toBe(200);
    const segment = created.body.data[0];
    expect(segment).toMatchObject({ position: 4, status: 'completed', keywords: ['fruit'], enabled: true });
    expect(await search('mangoes')).toEqual(['Mangoes ripen in summer.']);
    expect((await v1('GET', `${base()}/${segment.id}`)).body).toMatchObject({ data: { id: segment.id }, doc_form: 'text_model' });

    const updated = await v1('POST', `${base()}/${segment.id}`, { segment: { content: 'Papayas ripen in summer.' } });
    expect(updated.body.data).toMatchObject({ content: 'Papayas ripen in summer.', status: 'completed' });
    expect(await search('mangoes')).toEqual([]);
    expect(await search('papayas')).toEqual(['Papayas ripen in summer.']);

    expect((await v1('POST', `${base()}/${segment.id}`, { segment: { enabled: false } })).body.data.enabled).toBe(false);
    expect(await search('papayas')).toEqual([]);
    expect((await v1('POST', `${base()}/${segment.id}`, { segment: { content: 'x' } })).body).toMatchObject({ code: 'invalid_param', message: "Can't update disabled segment" });
    expect((await v1('POST', `${base()}/${segment.id}`, { segment: { enabled: true } })).body.data.enabled).toBe(true);
    expect(await search('papayas')).toEqual(['Papayas ripen in summer.']);

    expect((await v1('DELETE', `${base()}/${segment.id}`)).status).toBe(204);
    expect(await app.deps.db.select().from(segmentIndexEntries).where(eq(segmentIndexEntries.segmentId, segment.id))).toEqual([]);
    expect((await v1('GET', `${base()}/${segment.id}`)).body).toMatchObject({ code: 'not_found', message: 'Segment not found.' });
  });

  it('refuses blank content and unknown documents', async () => {
    expect((await v1('POST', base(), { segments: [{ content: '   ' }] })).body).toMatchObject({ code: 'invalid_param', message: 'Content is empty' });
    expect((await v1('POST', base(), { segments: [] })).status).toBe(400);
    const missing = `/v1/datasets/${datasetId}/documents/${crypto.randomUUID()}/segments`;
    expect((await v1('POST', missing, { segments: [{ content: 'x' }] })).body).toMatchObject({ code: 'not_found', message: 'Document not found.' });
  });

  it('never shows or changes segments from another workspace', async () => {
    const [first] = (await v1('GET', base())).body.data;
    for (const [method, path, json] of [
      ['GET', base(), undefined],
      ['GET', `${base()}/${first.id}`, undefined],
      ['POST', base(), { segments: [{ content: 'intruder' }] }],
      ['POST', `${base()}/${first.id}`, { segment: { content: 'hijacked' } }],
      ['DELETE', `${base()}/${first.id}`, undefined],
    ] as const) {
      expect((await v1(method, path, json, otherKey)).status, `${method} ${path}`).toBe(404);
    }
    expect((await v1('GET', `${base()}/${first.id}`)).body.data.content).toBe(first.content);
  });
});
