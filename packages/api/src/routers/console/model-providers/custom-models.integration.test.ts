import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerModelCredentials, providerModels } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { openCredentials } from '../../../services/model-providers/credential-values';
import { seedMember, seedWorkspace, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
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
  const fx = useIntegrationFixture({ otherWorkspace: true });
  let server: TestModelServer;
  beforeAll(async () => {
    server = await startTestModelServer();
    expect((await addCompatibleCredential(fx.app, fx.owner, server)).status).toBe(201);
  });
  afterAll(async () => {
    await server?.close();
  });

  const modelsPath = `${PROVIDERS_PATH}/${COMPATIBLE}/models`;
  const modelCredentialsPath = `${modelsPath}/credentials`;
  const customModelRows = (workspaceId: string) => fx.app.deps.db.select().from(providerModels).where(eq(providerModels.workspaceId, workspaceId));
  const modelCredentialRows = (workspaceId: string, model: string) =>
    fx.app.deps.db
      .select()
      .from(providerModelCredentials)
      .where(and(eq(providerModelCredentials.workspaceId, workspaceId), eq(providerModelCredentials.modelName, model)));

  it('adds a custom chat model whose context size and features show in every list and in its parameter rules', async () => {
    const created = await addCompatibleModel(fx.app, fx.owner, 'test-chat', 'llm', CHAT_FORM);
    expect(created.status).toBe(201);
    const chatCall = server.requests.findLast((r) => r.path === '/v1/chat/completions');
    expect(chatCall?.headers.authorization).toBe('Bearer sk-model-own-key-987');
    expect((chatCall?.body as { model: string }).model).toBe('test-chat');

    const [row] = await customModelRows(fx.owner.workspaceId);
    expect(row).toMatchObject({ provider: COMPATIBLE, modelName: 'test-chat', modelType: 'llm', enabled: true });
    const [credential] = await modelCredentialRows(fx.owner.workspaceId, 'test-chat');
    expect(row!.activeCredentialId).toBe(credential!.id);
    expect(credential!.name).toBe('API KEY 1');
    expect(credential!.encryptedConfig).not.toContain('sk-model-own-key');
    expect(openCredentials(fx.app.deps, credential!).api_key).toBe('sk-model-own-key-987');

    const listed = await fx.app.request('GET', modelsPath, { token: fx.owner.token });
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
        provider: expect.objectContaining({ provider: COMPATIBLE, tenant_id: fx.owner.workspaceId, models: [] }),
      }),
    ]);

    const byType = await fx.app.request('GET', '/console/api/workspaces/current/models/model-types/llm', { token: fx.owner.token });
    expect(byType.status).toBe(200);
    expect(byType.body.data).toEqual([
      expect.objectContaining({ provider: COMPATIBLE, status: 'active', models: [expect.objectContaining({ model: 'test-chat', status: 'active' })] }),
    ]);
    expect((await fx.app.request('GET', '/console/api/workspaces/current/models/model-types/text-generation', { token: fx.owner.token })).body).toEqual(byType.body);
    expect((await fx.app.request('GET', '/console/api/workspaces/current/models/model-types/rerank', { token: fx.owner.token })).body).toEqual({ data: [] });

    const rules = await fx.app.request('GET', `${modelsPath}/parameter-rules`, { token: fx.owner.token, query: { model: 'test-chat' } });
    expect(rules.status).toBe(200);
    const maxTokens = rules.body.data.find((r: { name: string }) => r.name === 'max_tokens');
    expect(maxTokens).toMatchObject({ type: 'int', max: 2048 });
    expect(rules.body.data.map((r: { name: string }) => r.name)).toContain('temperature');
    expect((await fx.app.request('GET', `${modelsPath}/parameter-rules`, { token: fx.owner.token, query: { model: 'unknown' } })).body).toEqual({ data: [] });

    const providers = await fx.app.request('GET', PROVIDERS_PATH, { token: fx.owner.token });
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
    expect((await addCompatibleModel(fx.app, fx.owner, 'test-chat', 'llm', { ...CHAT_FORM, api_key: 'sk-second-model-key-1' }, 'Second')).status).toBe(201);
    const [first, second] = await modelCredentialRows(fx.owner.workspaceId, 'test-chat').then((rows) => rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()));
    const read = await fx.app.request('GET', modelCredentialsPath, { token: fx.owner.token, query: address });
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

    const updated = await fx.app.request('PUT', modelCredentialsPath, {
      token: fx.owner.token,
      json: { ...address, credential_id: second!.id, credentials: { ...CHAT_FORM, api_key: '[__HIDDEN__]', context_size: '64000' } },
    });
    expect(updated.status).toBe(200);
    const [secondAfter] = await fx.app.deps.db.select().from(providerModelCredentials).where(eq(providerModelCredentials.id, second!.id));
    expect(openCredentials(fx.app.deps, secondAfter!)).toMatchObject({ api_key: 'sk-second-model-key-1', context_size: '64000' });

    const switched = await fx.app.request('POST', `${modelCredentialsPath}/switch`, { token: fx.owner.token, json: { ...address, credential_id: second!.id } });
    expect(switched.body).toEqual({ result: 'success' });
    const listed = await fx.app.request('GET', modelsPath, { token: fx.owner.token });
    expect(listed.body.data[0].model_properties.context_size).toBe(64000);
    const configured = await fx.app.request('POST', modelsPath, { token: fx.owner.token, json: { ...address, config_from: 'custom-model', credential_id: first!.id } });
    expect(configured.body).toEqual({ result: 'success' });
    expect((await customModelRows(fx.owner.workspaceId))[0]!.activeCredentialId).toBe(first!.id);

    const removed = await fx.app.request('DELETE', modelCredentialsPath, { token: fx.owner.token, json: { ...address, credential_id: first!.id } });
    expect(removed.status).toBe(204);
    expect((await customModelRows(fx.owner.workspaceId))[0]!.activeCredentialId).toBe(second!.id);
    const check = await fx.app.request('POST', `${modelCredentialsPath}/validate`, { token: fx.owner.token, json: { ...address, credentials: { ...CHAT_FORM, api_key: 'invalid-x' } } });
    expect(check.body).toEqual({ result: 'error', error: expect.stringContaining('Incorrect API key provided') });
  });

  it('refuses a model the endpoint rejects, writing neither model nor credential', async () => {
    const refused = await addCompatibleModel(fx.app, fx.owner, 'missing-model', 'llm', { context_size: '4096' });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('invalid_param');
    expect(refused.body.message).toContain('missing-model');
    const badShape = await addCompatibleModel(fx.app, fx.owner, 'shape', 'llm', { context_size: 'lots' });
    expect(badShape.body).toMatchObject({ status: 400, message: 'context_size must be a number' });
    const unsupported = await fx.app.request('POST', `${PROVIDERS_PATH}/openai/models/credentials`, {
      token: fx.owner.token,
      json: { model: 'gpt-x', model_type: 'llm', credentials: {} },
    });
    expect(unsupported.body).toMatchObject({ status: 400, message: 'Provider openai does not support custom models.' });
    expect((await customModelRows(fx.owner.workspaceId)).map((m) => m.modelName)).toEqual(['test-chat']);
    expect(await modelCredentialRows(fx.owner.workspaceId, 'missing-model')).toEqual([]);
  });

  it('disables and enables models, and removes a custom model with its credentials', async () => {
    expect((await addCompatibleModel(fx.app, fx.owner, 'test-embed', 'text-embedding', { context_size: '8192' })).status).toBe(201);
    const toggle = (action: string, model: string, model_type: string) =>
      fx.app.request('PATCH', `${modelsPath}/${action}`, { token: fx.owner.token, json: { model, model_type } });
    expect((await toggle('disable', 'test-embed', 'text-embedding')).body).toEqual({ result: 'success' });
    let listed = await fx.app.request('GET', modelsPath, { token: fx.owner.token });
    expect(listed.body.data.find((m: { model: string }) => m.model === 'test-embed').status).toBe('disabled');
    const byType = await fx.app.request('GET', '/console/api/workspaces/current/models/model-types/text-embedding', { token: fx.owner.token });
    expect(byType.body.data[0].models[0]).toMatchObject({ model: 'test-embed', status: 'disabled' });
    await toggle('enable', 'test-embed', 'embeddings');
    listed = await fx.app.request('GET', modelsPath, { token: fx.owner.token });
    expect(listed.body.data.find((m: { model: string }) => m.model === 'test-embed').status).toBe('active');

    const tenant = await seedWorkspace(fx.app, 'openai-user');
    await fx.app.request('PATCH', `${PROVIDERS_PATH}/openai/models/disable`, { token: tenant.token, json: { model: 'gpt-4o-mini', model_type: 'llm' } });
    const openaiModels = await fx.app.request('GET', `${PROVIDERS_PATH}/openai/models`, { token: tenant.token });
    const statuses = Object.fromEntries(openaiModels.body.data.map((m: { model: string; status: string }) => [m.model, m.status]));
    expect(statuses['gpt-4o-mini']).toBe('disabled');
    expect(statuses['gpt-4o']).toBe('no-configure');
    expect((await toggle('disable', 'nope', 'llm')).status).toBe(400);

    const removed = await fx.app.request('DELETE', modelsPath, { token: fx.owner.token, json: { model: 'test-embed', model_type: 'text-embedding' } });
    expect(removed.status).toBe(204);
    expect((await customModelRows(fx.owner.workspaceId)).map((m) => m.modelName)).toEqual(['test-chat']);
    expect(await modelCredentialRows(fx.owner.workspaceId, 'test-embed')).toEqual([]);
  });

  it('sets and reads default models, refusing models that are not available', async () => {
    const tenant = await seedWorkspace(fx.app, 'defaults');
    const get = (user: SeededUser, model_type: string) => fx.app.request('GET', '/console/api/workspaces/current/default-model', { token: user.token, query: { model_type } });
    expect((await get(tenant, 'llm')).body).toEqual({ data: null });
    const fallback = await get(fx.owner, 'llm');
    expect(fallback.body.data).toMatchObject({ model: 'test-chat', model_type: 'llm', provider: { provider: COMPATIBLE } });

    expect((await addCompatibleModel(fx.app, fx.owner, 'test-chat-2', 'llm', { context_size: '4096' })).status).toBe(201);
    const set = (user: SeededUser, model_settings: unknown[]) =>
      fx.app.request('POST', '/console/api/workspaces/current/default-model', { token: user.token, json: { model_settings } });
    const saved = await set(fx.owner, [{ model_type: 'llm', provider: COMPATIBLE, model: 'test-chat-2' }, { model_type: 'tts' }]);
    expect(saved.body).toEqual({ result: 'success' });
    const chosen = await get(fx.owner, 'llm');
    expect(chosen.body).toEqual({
      data: {
        model: 'test-chat-2',
        model_type: 'llm',
        provider: {
          tenant_id: fx.owner.workspaceId,
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
      const refused = await set(fx.owner, settings);
      expect(refused.status, JSON.stringify(settings)).toBe(400);
      expect(refused.body.code).toBe('invalid_param');
    }
    await fx.app.request('PATCH', `${modelsPath}/disable`, { token: fx.owner.token, json: { model: 'test-chat', model_type: 'llm' } });
    expect((await set(fx.owner, [{ model_type: 'llm', provider: COMPATIBLE, model: 'test-chat' }])).status).toBe(400);
    await fx.app.request('PATCH', `${modelsPath}/enable`, { token: fx.owner.token, json: { model: 'test-chat', model_type: 'llm' } });
    expect((await get(fx.owner, 'llm')).body.data.model).toBe('test-chat-2');
    expect((await set(fx.other, [{ model_type: 'llm', provider: COMPATIBLE, model: 'test-chat-2' }])).status).toBe(400);
    expect((await get(fx.other, 'llm')).body).toEqual({ data: null });
  });

  it('keeps writes to admins and owners, and keeps another workspace away from the models', async () => {
    const [credential] = await modelCredentialRows(fx.owner.workspaceId, 'test-chat');
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
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
      expect((await fx.app.request(method, path, { token: editor.token, json })).status, `${method} ${path}`).toBe(403);
    }
    expect((await fx.app.request('GET', modelsPath, { token: editor.token })).body.data.length).toBeGreaterThan(0);

    for (const [method, path, json] of writes.slice(1, 4)) {
      const res = await fx.app.request(method, path, { token: fx.other.token, json });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body.message).toBe('Credential record not found.');
    }
    const theirs = await fx.app.request('GET', modelCredentialsPath, { token: fx.other.token, query: { ...address, credential_id: credential!.id } });
    expect(theirs.status).toBe(400);
    expect((await fx.app.request('DELETE', modelsPath, { token: fx.other.token, json: address })).status).toBe(400);
    expect((await fx.app.request('GET', modelsPath, { token: fx.other.token })).body).toEqual({ data: [] });
    expect((await customModelRows(fx.owner.workspaceId)).find((m) => m.modelName === 'test-chat')).toMatchObject({ enabled: true });
    const [after] = await fx.app.deps.db.select().from(providerModelCredentials).where(eq(providerModelCredentials.id, credential!.id));
    expect(after).toEqual(credential);
  });
});
