import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentIndexEntries } from '@tessera/db';
import { createDatasetAs, createDatasetKey, createTestApp, indexedBatch, seedOwner, seedWorkspace, type TestApp } from '../../../testing';

const RULE = {
  mode: 'hierarchical',
  rules: { pre_processing_rules: [], parent_mode: 'paragraph', segmentation: { separator: '\n\n', max_tokens: 500 }, subchunk_segmentation: { separator: '.', max_tokens: 60 } },
};

describe('knowledge API: child chunks of parent-child documents', () => {
  let app: TestApp;
  let key: string;
  let otherKey: string;
  let base: string;
  let datasetId: string;
  beforeAll(async () => {
    app = await createTestApp();
    const owner = await seedOwner(app);
    key = await createDatasetKey(app, owner);
    otherKey = await createDatasetKey(app, await seedWorkspace(app, 'other'));
    datasetId = (await createDatasetAs(app, owner, { name: 'Children', indexing_technique: 'economy' })).id;
    const res = await app.request('POST', `/v1/datasets/${datasetId}/document/create-by-text`, {
      token: key,
      json: { name: 'birds', text: 'Swallows migrate south. They fly far.', doc_form: 'hierarchical_model', process_rule: RULE },
    });
    await indexedBatch(app, key, datasetId, res.body.batch);
    const segments = await app.request('GET', `/v1/datasets/${datasetId}/documents/${res.body.document.id}/segments`, { token: key });
    base = `/v1/datasets/${datasetId}/documents/${res.body.document.id}/segments/${segments.body.data[0].id}/child_chunks`;
  });
  afterAll(async () => app?.close());

  const search = async (query: string) =>
    (
      await app.request('POST', `/v1/datasets/${datasetId}/retrieve`, {
        token: key,
        json: { query, retrieval_model: { search_method: 'full_text_search', reranking_enable: false, top_k: 3, score_threshold_enabled: false } },
      })
    ).body.records.flatMap((r: { child_chunks: { content: string }[] }) => r.child_chunks.map((c) => c.content));

  it('lists, creates, updates and deletes children, keeping the index in step', async () => {
    const list = await app.request('GET', base, { token: key });
    expect(list.body).toMatchObject({ total: 2, total_pages: 1, page: 1, limit: 20 });
    expect(list.body.data.map((c: { content: string; type: string }) => [c.content, c.type])).toEqual([
      ['Swallows migrate south', 'automatic'],
      ['They fly far', 'automatic'],
    ]);
    const created = await app.request('POST', base, { token: key, json: { content: 'Storks nest on roofs.' } });
    expect(created.body.data).toMatchObject({ content: 'Storks nest on roofs.', position: 3, type: 'customized' });
    expect(await search('storks')).toEqual(['Storks nest on roofs.']);
    const updated = await app.request('PATCH', `${base}/${created.body.data.id}`, { token: key, json: { content: 'Herons wade in ponds.' } });
    expect(updated.body.data).toMatchObject({ content: 'Herons wade in ponds.', type: 'customized' });
    expect(await search('storks')).toEqual([]);
    expect(await search('herons')).toEqual(['Herons wade in ponds.']);
    expect((await app.request('DELETE', `${base}/${created.body.data.id}`, { token: key })).status).toBe(204);
    expect(await search('herons')).toEqual([]);
    expect(await app.deps.db.select().from(segmentIndexEntries).where(eq(segmentIndexEntries.nodeId, created.body.data.id))).toEqual([]);
    expect((await app.request('PATCH', `${base}/${created.body.data.id}`, { token: key, json: { content: 'x' } })).body).toMatchObject({ code: 'not_found', message: 'Child chunk not found.' });
  });

  it('hides children from another workspace', async () => {
    const [first] = (await app.request('GET', base, { token: key })).body.data;
    expect((await app.request('GET', base, { token: otherKey })).status).toBe(404);
    expect((await app.request('POST', base, { token: otherKey, json: { content: 'x' } })).status).toBe(404);
    expect((await app.request('PATCH', `${base}/${first.id}`, { token: otherKey, json: { content: 'x' } })).status).toBe(404);
    expect((await app.request('DELETE', `${base}/${first.id}`, { token: otherKey })).status).toBe(404);
    expect((await app.request('GET', base, { token: key })).body.data[0].content).toBe(first.content);
  });
});
