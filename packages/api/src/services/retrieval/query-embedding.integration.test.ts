import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { createDatasetAs, createDatasetKey, createTestApp, indexedBatch, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../testing';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE } from '../../routers/console/model-providers/test-helpers';
import { QUERY_EMBEDDING_TTL_MS } from './query-embedding';

const SEMANTIC = { search_method: 'semantic_search', reranking_enable: false, top_k: 3, score_threshold_enabled: false };

describe('query embeddings reused for a short time', () => {
  let app: TestApp;
  let server: TestModelServer;
  const tenants: { user: SeededUser; key: string; datasetId: string }[] = [];

  async function setUpTenant(user: SeededUser) {
    const key = await createDatasetKey(app, user);
    await addCompatibleCredential(app, user, server);
    await addCompatibleModel(app, user, 'test-embed', 'text-embedding', { context_size: '8192' });
    const dataset = await createDatasetAs(app, user, { name: 'Facts', indexing_technique: 'high_quality', embedding_model: 'test-embed', embedding_model_provider: COMPATIBLE });
    const res = await app.request('POST', `/v1/datasets/${dataset.id}/document/create-by-text`, {
      token: key,
      json: { name: 'honey', text: 'Honey never spoils because its sugar and acidity stop bacteria from growing.' },
    });
    await indexedBatch(app, key, dataset.id, res.body.batch);
    return { user, key, datasetId: dataset.id };
  }

  const embeddingCalls = () => server.requests.filter((r) => r.path.includes('embeddings')).length;
  const search = (tenant: (typeof tenants)[number], query: string) =>
    app.request('POST', `/v1/datasets/${tenant.datasetId}/retrieve`, { token: tenant.key, json: { query, retrieval_model: SEMANTIC } });

  beforeAll(async () => {
    server = await startTestModelServer();
    app = await createTestApp();
    tenants.push(await setUpTenant(await seedOwner(app)), await setUpTenant(await seedWorkspace(app, 'other')));
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('embeds a repeated query once, answering the same records', async () => {
    const before = embeddingCalls();
    const first = await search(tenants[0]!, 'why does honey not spoil');
    const second = await search(tenants[0]!, 'why does honey not spoil');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(embeddingCalls() - before).toBe(1);
    expect(second.body.records.map((r: { segment: { id: string }; score: number }) => [r.segment.id, r.score])).toEqual(
      first.body.records.map((r: { segment: { id: string }; score: number }) => [r.segment.id, r.score]),
    );
    expect(first.body.records.length).toBeGreaterThan(0);
    await search(tenants[0]!, 'sugar and acidity');
    expect(embeddingCalls() - before).toBe(2);
  });

  it('never shares a vector with another workspace', async () => {
    await search(tenants[0]!, 'bacteria growing');
    const before = embeddingCalls();
    const res = await search(tenants[1]!, 'bacteria growing');
    expect(res.status).toBe(200);
    expect(embeddingCalls() - before).toBe(1);
  });

  it('embeds again once the vector is older than its time limit', async () => {
    await search(tenants[0]!, 'honey acidity');
    const before = embeddingCalls();
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + QUERY_EMBEDDING_TTL_MS + 1);
    try {
      expect((await search(tenants[0]!, 'honey acidity')).status).toBe(200);
    } finally {
      clock.mockRestore();
    }
    expect(embeddingCalls() - before).toBe(1);
  });

  it('keeps no failure: the next search calls the model again', async () => {
    server.failNext({ status: 401, body: { error: { message: 'bad key', type: 'invalid_request_error' } }, pathIncludes: 'embeddings' });
    const failed = await search(tenants[0]!, 'does honey spoil');
    expect(failed.status).toBeGreaterThanOrEqual(400);
    const before = embeddingCalls();
    const res = await search(tenants[0]!, 'does honey spoil');
    expect(res.status).toBe(200);
    expect(embeddingCalls() - before).toBe(1);
  });
});
