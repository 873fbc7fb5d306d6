import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerModelCredentials, providerModels } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { openCredentials } from '../../../services/model-providers/credential-values';
import { createTestApp, seedMember, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../../testing';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE, PROVIDERS_PATH } from './test-helpers';

const CHAT_FORM = {
  mode: 'chat',
  context_size: '32000',
  max_tokens_to_sample: '2048',
  function_calling_type: 'tool_call',
  vision_support: 'support',
  api_key: 'sk-model-own-key-987',
};

describe('console custom models, model lists and default models', () => {
  let app: TestApp;
  let server: TestModelServer;
  let owner: SeededUser;
  let other: SeededUser;
  beforeAll(async () => {
    server = await startTestModelServer();
    app = await createTestApp();
    owner = await seedOwner(app);
    other = await seedWorkspace(app, 'other');
    expect((await addCompatibleCredential(app, owner, server)).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  const modelsPath = `${PROVIDERS_PATH}/${COMPATIBLE}/models`;
  const modelCredentialsPath = `${modelsPath}/credentials`;
  const customModelRows = (workspaceId: string) => app.deps.db.select().from(providerModels).where(eq(providerModels.workspaceId, workspaceId));
  const modelCredentialRows = (workspaceId: string, model: string) =>
    app.deps.db
      .select()
      .from(providerModelCredentials)
      .where(and(eq(providerModelCredentials.workspaceId, workspaceId), eq(providerModelCredentials.modelName, model)));

  it('adds a custom chat model whose context size and features show in every list and in its parameter rules', async () => {
    const created = await addCompatibleModel(app, owner, 'test-chat', 'llm', CHAT_FORM);
    expect(created.status).toBe(201);
    const chatCall = server.requests.findLast((r) => r.path === '/v1/chat/completions');
    expect(chatCall?.headers.authorization).toBe('Bearer sk-model-own-key-987');
    expect((chatCall?.body as { model: string }).model).toBe('test-chat');

    const [row] = await customModelRows(owner.workspaceId);
    expect(row).toMatchObject({ provider: COMPATIBLE, modelName: 'test-chat', modelType: 'llm', enabled: true });
    const [credential] = await modelCredentialRows(owner.workspaceId, 'test-chat');
    expect(row!.activeCredentialId).toBe(credential!.id);
    expect(credential!.name).toBe('API KEY 1');
    expect(credential!.encryptedConfig).not.toContain('sk-model-own-key');
    expect(openCredentials(app.deps, credential!).api_key).toBe('sk-model-own-key-987');

    const listed = await app.request('GET', modelsPath, { token: owner.token });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({
        model: 'test-chat',
        model_type: 'llm',
        fetch_from: 'customizable-model',
        status: 'active',
        model_properties: { mode: 'chat', context_size: 32000 },
        features: expect.arrayContaining(['tool-call', 'multi-tool-call', 'vision']),
        load_balancing_enabled: false,
        provider: expect.objectContaining({ provider: COMPATIBLE, tenant_id: owner.workspaceId, models: [] }),
      }),
    ]);

    const byType = await app.request('GET', '/console/api/workspaces/current/models/model-types/llm', { token: owner.token });
    expect(byType.status).toBe(200);
    expect(byType.body.data).toEqual([
      expect.objectContaining({ provider: COMPATIBLE, status: 'active', models: [expect.objectContaining({ model: 'test-chat', status: 'active' })] }),
    ]);
    expect((await app.request('GET', '/console/api/workspaces/current/models/model-types/text-generation', { token: owner.token })).body).toEqual(byType.body);
    expect((await app.request('GET', '/console/api/workspaces/current/models/model-types/rerank', { token: owner.token })).body).toEqual({ data: [] });

    const rules = await app.request('GET', `${modelsPath}/parameter-rules`, { token: owner.token, query: { model: 'test-chat' } });
    expect(rules.status).toBe(200);
    const maxTokens = rules.body.data.find((r: { name: string }) => r.name === 'max_tokens');
    expect(maxTokens).toMatchObject({ type: 'int', max: 2048 });
    expect(rules.body.data.map((r: { name: string }) => r.name)).toContain('temperature');
    expect((await app.request('GET', `${modelsPath}/parameter-rules`, { token: owner.token, query: { model: 'unknown' } })).body).toEqual({ data: [] });

    const providers = await app.request('GET', PROVIDERS_PATH, { token: owner.token });
    const entry = providers.body.data.find((p: { provider: string }) => p.provider === COMPATIBLE);
    expect(entry.custom_configuration.custom_models).toEqual([
      {
        model: 'test-chat',
        model_type: 'llm',
        current_credential_id: credential!.id,
        current_credential_name: 'API KEY 1',
        available_model_credentials: [{ credential_id: credential!.id, credential_name: 'API KEY 1' }],
      },
    ]);
    expect(JSON.stringify(providers.body)).not.toContain('sk-model-own-key');
  });

  it('masks model credentials, keeps hidden secrets, switches and deletes them', async () => {
    const address = { model: 'test-chat', model_type: 'llm' };
    expect((await addCompatibleModel(app, owner, 'test-chat', 'llm', { ...CHAT_FORM, api_key: 'sk-second-model-key-1' }, 'Second')).status).toBe(201);
    const [first, second] = await modelCredentialRows(owner.workspaceId, 'test-chat').then((rows) => rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()));
    const read = await app.request('GET', modelCredentialsPath, { token: owner.token, query: address });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      credentials: expect.objectContaining({ api_key: 'sk-mod************87', context_size: '32000' }),
      current_credential_id: first!.id,
      current_credential_name: 'API KEY 1',
      load_balancing: { enabled: false, configs: [] },
      available_credentials: [
        { credential_id: first!.id, credential_name: 'API KEY 1' },
        { credential_id: second!.id, credential_name: 'Second' },
      ],
    });

    const updated = await app.request('PUT', modelCredentialsPath, {
      token: owner.token,
      json: { ...address, credential_id: second!.id, credentials: { ...CHAT_FORM, api_key: '[__HIDDEN__]', context_size: '64000' } },
    });
    expect(updated.status).toBe(200);
    const [secondAfter] = await app.deps.db.select().from(providerModelCredentials).where(eq(providerModelCredentials.id, second!.id));
    expect(openCredentials(app.deps, secondAfter!)).toMatchObject({ api_key: 'sk-second-model-key-1', context_size: '64000' });

    const switched = await app.request('POST', `${modelCredentialsPath}/switch`, { token: owner.token, json: { ...address, credential_id: second!.id } });
    expect(switched.body).toEqual({ result: 'success' });
    const listed = await app.request('GET', modelsPath, { token: owner.token });
    expect(listed.body.data[0].model_properties.context_size).toBe(64000);
    const configured = await app.request('POST', modelsPath, { token: owner.token, json: { ...address, config_from: 'custom-model', credential_id: first!.id } });
    expect(configured.body).toEqual({ result: 'success' });
    expect((await customModelRows(owner.workspaceId))[0]!.activeCredentialId).toBe(first!.id);

    const removed = await app.request('DELETE', modelCredentialsPath, { token: owner.token, json: { ...address, credential_id: first!.id } });
    expect(removed.status).toBe(204);
    expect((await customModelRows(owner.workspaceId))[0]!.activeCredentialId).toBe(second!.id);
    const check = await app.request('POST', `${modelCredentialsPath}/validate`, { token: owner.token, json: { ...address, credentials: { ...CHAT_FORM, api_key: 'invalid-x' } } });
    expect(check.body).toEqual({ result: 'error', error: expect.stringContaining('Incorrect API key provided') });
  });

  it('refuses a model the endpoint rejects, writing neither model nor credential', async () => {
    const refused = await addCompatibleModel(app, owner, 'missing-model', 'llm', { context_size: '4096' });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('invalid_param');
    expect(refused.body.message).toContain('missing-model');
    const badShape = await addCompatibleModel(app, owner, 'shape', 'llm', { context_size: 'lots' });
    expect(badShape.body).toMatchObject({ status: 400, message: 'context_size must be a number' });
    const unsupported = await app.request('POST', `${PROVIDERS_PATH}/openai/models/credentials`, {
      token: owner.token,
      json: { model: 'gpt-x', model_type: 'llm', credentials: {} },
    });
    expect(unsupported.body).toMatchObject({ status: 400, message: 'Provider openai does not support custom models.' });
    expect((await customModelRows(owner.workspaceId)).map((m) => m.modelName)).toEqual(['test-chat']);
    expect(await modelCredentialRows(owner.workspaceId, 'missing-model')).toEqual([]);
  });

  it('disables and enables models, and removes a custom model with its credentials', async () => {
    expect((await addCompatibleModel(app, owner, 'test-embed', 'text-embedding', { context_size: '8192' })).status).toBe(201);
    const toggle = (action: string, model: string, model_type: string) =>
      app.request('PATCH', `${modelsPath}/${action}`, { token: owner.token, json: { model, model_type } });
    expect((await toggle('disable', 'test-embed', 'text-embedding')).body).toEqual({ result: 'success' });
    let listed = await app.request('GET', modelsPath, { token: owner.token });
    expect(listed.body.data.find((m: { model: string }) => m.model === 'test-embed').status).toBe('disabled');
    const byType = await app.request('GET', '/console/api/workspaces/current/models/model-types/text-embedding', { token: owner.token });
    expect(byType.body.data[0].models[0]).toMatchObject({ model: 'test-embed', status: 'disabled' });
    await toggle('enable', 'test-embed', 'embeddings');
    listed = await app.request('GET', modelsPath, { token: owner.token });
    expect(listed.body.data.find((m: { model: string }) => m.model === 'test-embed').status).toBe('active');

    const tenant = await seedWorkspace(app, 'openai-user');
    await app.request('PATCH', `${PROVIDERS_PATH}/openai/models/disable`, { token: tenant.token, json: { model: 'gpt-4o-mini', model_type: 'llm' } });
    const openaiModels = await app.request('GET', `${PROVIDERS_PATH}/openai/models`, { token: tenant.token });
    const statuses = Object.fromEntries(openaiModels.body.data.map((m: { model: string; status: string }) => [m.model, m.status]));
    expect(statuses['gpt-4o-mini']).toBe('disabled');
    expect(statuses['gpt-4o']).toBe('no-configure');
    expect((await toggle('disable', 'nope', 'llm')).status).toBe(400);

    const removed = await app.request('DELETE', modelsPath, { token: owner.token, json: { model: 'test-embed', model_type: 'text-embedding' } });
    expect(removed.status).toBe(204);
    expect((await customModelRows(owner.workspaceId)).map((m) => m.modelName)).toEqual(['test-chat']);
    expect(await modelCredentialRows(owner.workspaceId, 'test-embed')).toEqual([]);
  });

  it('sets and reads default models, refusing models that are not available', async () => {
    const tenant = await seedWorkspace(app, 'defaults');
    const get = (user: SeededUser, model_type: string) => app.request('GET', '/console/api/workspaces/current/default-model', { token: user.token, query: { model_type } });
    expect((await get(tenant, 'llm')).body).toEqual({ data: null });
    const fallback = await get(owner, 'llm');
    expect(fallback.body.data).toMatchObject({ model: 'test-chat', model_type: 'llm', provider: { provider: COMPATIBLE } });

    expect((await addCompatibleModel(app, owner, 'test-chat-2', 'llm', { context_size: '4096' })).status).toBe(201);
    const set = (user: SeededUser, model_settings: unknown[]) =>
      app.request('POST', '/console/api/workspaces/current/default-model', { token: user.token, json: { model_settings } });
    const saved = await set(owner, [{ model_type: 'llm', provider: COMPATIBLE, model: 'test-chat-2' }, { model_type: 'tts' }]);
    expect(saved.body).toEqual({ result: 'success' });
    const chosen = await get(owner, 'llm');
    expect(chosen.body).toEqual({
      data: {
        model: 'test-chat-2',
        model_type: 'llm',
        provider: {
          tenant_id: owner.workspaceId,
          provider: COMPATIBLE,
          label: expect.objectContaining({ en_US: expect.any(String) }),
          icon_small: expect.objectContaining({ en_US: expect.stringContaining(`/model-providers/${COMPATIBLE}/icon_small/en_US`) }),
          icon_large: expect.objectContaining({ en_US: expect.stringContaining('/icon_large/en_US') }),
          supported_model_types: expect.arrayContaining(['llm']),
          models: [],
        },
      },
    });

    for (const settings of [
      [{ model_type: 'llm', provider: COMPATIBLE, model: 'never-added' }],
      [{ model_type: 'llm', provider: 'openai', model: 'gpt-4o' }],
      [{ model_type: 'text-embedding', provider: COMPATIBLE, model: 'test-chat' }],
    ]) {
      const refused = await set(owner, settings);
      expect(refused.status, JSON.stringify(settings)).toBe(400);
      expect(refused.body.code).toBe('invalid_param');
    }
    await app.request('PATCH', `${modelsPath}/disable`, { token: owner.token, json: { model: 'test-chat', model_type: 'llm' } });
    expect((await set(owner, [{ model_type: 'llm', provider: COMPATIBLE, model: 'test-chat' }])).status).toBe(400);
    await app.request('PATCH', `${modelsPath}/enable`, { token: owner.token, json: { model: 'test-chat', model_type: 'llm' } });
    expect((await get(owner, 'llm')).body.data.model).toBe('test-chat-2');
    expect((await set(other, [{ model_type: 'llm', provider: COMPATIBLE, model: 'test-chat-2' }])).status).toBe(400);
    expect((await get(other, 'llm')).body).toEqual({ data: null });
  });

  it('keeps writes to admins and owners, and keeps another workspace away from the models', async () => {
    const [credential] = await modelCredentialRows(owner.workspaceId, 'test-chat');
    const editor = await seedMember(app, owner.workspaceId, 'editor');
    const address = { model: 'test-chat', model_type: 'llm' };
    const writes: [string, string, Record<string, unknown>][] = [
      ['POST', modelCredentialsPath, { ...address, credentials: CHAT_FORM }],
      ['PUT', modelCredentialsPath, { ...address, credential_id: credential!.id, credentials: CHAT_FORM }],
      ['DELETE', modelCredentialsPath, { ...address, credential_id: credential!.id }],
      ['POST', `${modelCredentialsPath}/switch`, { ...address, credential_id: credential!.id }],
      ['POST', `${modelCredentialsPath}/validate`, { ...address, credentials: CHAT_FORM }],
      ['PATCH', `${modelsPath}/disable`, address],
      ['DELETE', modelsPath, address],
      ['POST', '/console/api/workspaces/current/default-model', { model_settings: [{ ...address, provider: COMPATIBLE }] }],
    ];
    for (const [method, path, json] of writes) {
      expect((await app.request(method, path, { token: editor.token, json })).status, `${method} ${path}`).toBe(403);
    }
    expect((await app.request('GET', modelsPath, { token: editor.token })).body.data.length).toBeGreaterThan(0);

    for (const [method, path, json] of writes.slice(1, 4)) {
      const res = await app.request(method, path, { token: other.token, json });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body.message).toBe('Credential record not found.');
    }
    const theirs = await app.request('GET', modelCredentialsPath, { token: other.token, query: { ...address, credential_id: credential!.id } });
    expect(theirs.status).toBe(400);
    expect((await app.request('DELETE', modelsPath, { token: other.token, json: address })).status).toBe(400);
    expect((await app.request('GET', modelsPath, { token: other.token })).body).toEqual({ data: [] });
    expect((await customModelRows(owner.workspaceId)).find((m) => m.modelName === 'test-chat')).toMatchObject({ enabled: true });
    const [after] = await app.deps.db.select().from(providerModelCredentials).where(eq(providerModelCredentials.id, credential!.id));
    expect(after).toEqual(credential);
  });
});
