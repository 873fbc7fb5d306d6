import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { createAppAs, createKeyAs } from '../../console/apps/test-helpers';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE, PROVIDERS_PATH } from '../../console/model-providers/test-helpers';

describe('service API models', () => {
  const fx = useIntegrationFixture();
  let server: TestModelServer;
  let ownerKey: string;
  let otherKey: string;
  beforeAll(async () => {
    server = await startTestModelServer();
    const other = await seedWorkspace(fx.app, 'other');
    ownerKey = (await createKeyAs(fx.app, fx.owner, (await createAppAs(fx.app, fx.owner)).id)).token;
    otherKey = (await createKeyAs(fx.app, other, (await createAppAs(fx.app, other)).id)).token;
    expect((await addCompatibleCredential(fx.app, fx.owner, server)).status).toBe(201);
    const chat = { context_size: '16000', max_tokens_to_sample: '1024', function_calling_type: 'tool_call' };
    expect((await addCompatibleModel(fx.app, fx.owner, 'test-chat', 'llm', chat)).status).toBe(201);
    expect((await addCompatibleModel(fx.app, fx.owner, 'test-embed', 'text-embedding', { context_size: '8192' })).status).toBe(201);
    expect((await addCompatibleModel(fx.app, fx.owner, 'test-off', 'llm', {})).status).toBe(201);
    await fx.app.request('PATCH', `${PROVIDERS_PATH}/${COMPATIBLE}/models/disable`, { token: fx.owner.token, json: { model: 'test-off', model_type: 'llm' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const modelNames = (body: { data: { models: { model: string }[] }[] }) => body.data.flatMap((p) => p.models.map((m) => m.model));

  it("lists the key's workspace's usable models, by type or all", async () => {
    const all = await fx.app.request('GET', '/v1/models', { token: ownerKey });
    expect(all.status).toBe(200);
    expect(all.body.data).toEqual([
      expect.objectContaining({ provider: COMPATIBLE, status: 'active', icon_small: expect.objectContaining({ en_US: expect.any(String) }) }),
    ]);
    expect(modelNames(all.body).sort()).toEqual(['test-chat', 'test-embed']);
    const llm = await fx.app.request('GET', '/v1/models', { token: ownerKey, query: { model_type: 'llm' } });
    expect(llm.body.data[0].models).toEqual([
      expect.objectContaining({ model: 'test-chat', model_type: 'llm', status: 'active', model_properties: expect.objectContaining({ context_size: 16000 }) }),
    ]);
    expect(modelNames((await fx.app.request('GET', '/v1/models', { token: ownerKey, query: { model_type: 'embeddings' } })).body)).toEqual(['test-embed']);
    expect((await fx.app.request('GET', '/v1/models', { token: ownerKey, query: { model_type: 'pictures' } })).status).toBe(400);
  });

  it("answers a usable model's parameter rules and refuses the rest", async () => {
    const rules = await fx.app.request('GET', '/v1/models/test-chat/parameters', { token: ownerKey });
    expect(rules.status).toBe(200);
    expect(rules.body.data.find((r: { name: string }) => r.name === 'max_tokens')).toMatchObject({ max: 1024 });
    const withProvider = await fx.app.request('GET', '/v1/models/test-chat/parameters', { token: ownerKey, query: { provider: COMPATIBLE } });
    expect(withProvider.body).toEqual(rules.body);
    for (const [path, query] of [
      ['/v1/models/test-off/parameters', {}],
      ['/v1/models/nothing-like-it/parameters', {}],
      ['/v1/models/test-chat/parameters', { provider: 'ollama' }],
    ] as const) {
      const res = await fx.app.request('GET', path, { token: ownerKey, query });
      expect(res.status, path).toBe(400);
      expect(res.body.code).toBe('model_currently_not_support');
    }
  });

  it("never shows one workspace's models to another workspace's key", async () => {
    expect((await fx.app.request('GET', '/v1/models', { token: otherKey })).body).toEqual({ data: [] });
    const res = await fx.app.request('GET', '/v1/models/test-chat/parameters', { token: otherKey });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('model_currently_not_support');
    expect((await fx.app.request('GET', '/v1/models')).status).toBe(401);
  });
});
