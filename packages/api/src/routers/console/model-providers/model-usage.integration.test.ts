import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelUsage } from '@tessera/db';
import { type ModelTarget, ModelRuntimeError, type UsageRecord } from '@tessera/model-runtime';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { modelUsageRecorder } from '../../../data/model-usage';
import { resolveDefaultModelTarget, resolveModelTarget } from '../../../services/model-providers/model-resolver';
import { seedMember } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE, PROVIDERS_PATH } from './test-helpers';

const PRICED_FORM = { context_size: '8192', input_price: '1', output_price: '2', unit: '0.001', currency: 'USD' };

describe('model resolution, usage records and price overrides', () => {
  const fx = useIntegrationFixture({ config: { modelMaxRetries: 0 }, otherWorkspace: true });
  let server: TestModelServer;
  beforeAll(async () => {
    server = await startTestModelServer();
    expect((await addCompatibleCredential(fx.app, fx.owner, server)).status).toBe(201);
    expect((await addCompatibleModel(fx.app, fx.owner, 'priced-chat', 'llm', PRICED_FORM)).status).toBe(201);
  });
  afterAll(async () => {
    await server?.close();
  });

  const selector = { provider: COMPATIBLE, model: 'priced-chat', modelType: 'llm' as const };
  const invoke = (target: ModelTarget, workspaceId = fx.owner.workspaceId) =>
    fx.app.deps.models.invokeLlm({
      target,
      messages: [{ role: 'user', content: 'hello' }],
      caller: { workspaceId, type: 'app', id: 'app-under-test', userId: fx.owner.accountId },
    });
  const writtenRows = (workspaceId: string) => fx.app.deps.db.select().from(modelUsage).where(eq(modelUsage.workspaceId, workspaceId));
  // Usage is written just after each answer; what a test reads must include its own calls.
  const usageRows = async (workspaceId: string) => {
    await modelUsageRecorder(fx.app.deps.db).settled();
    return writtenRows(workspaceId);
  };
  const pricingPath = `${PROVIDERS_PATH}/${COMPATIBLE}/models/pricing`;

  it("resolves a custom model with the provider's credentials under its own, and its form's prices", async () => {
    const target = await resolveModelTarget(fx.app.deps, fx.owner.workspaceId, selector);
    expect(target).toMatchObject({ provider: COMPATIBLE, model: 'priced-chat', modelType: 'llm', pricing: undefined });
    expect(target.credentials).toMatchObject({ endpoint_url: server.openaiBaseUrl, api_key: 'sk-good-key-0123456789', context_size: '8192' });
    expect(target.definition).toMatchObject({ model: 'priced-chat', pricing: { input: '1', output: '2', unit: '0.001', currency: 'USD' } });
    const viaAlias = await resolveModelTarget(fx.app.deps, fx.owner.workspaceId, { ...selector, provider: 'langgenius/openai_api_compatible/openai_api_compatible' });
    expect(viaAlias.provider).toBe(COMPATIBLE);
  });

  it('refuses models a workspace cannot use with the contract codes', async () => {
    const failures: [() => Promise<unknown>, string, unknown][] = [
      [() => resolveModelTarget(fx.app.deps, fx.other.workspaceId, selector), 'provider_not_initialize', 'Provider openai_api_compatible credentials not initialized.'],
      [() => resolveModelTarget(fx.app.deps, fx.owner.workspaceId, { ...selector, provider: 'xyz' }), 'provider_not_initialize', 'Provider xyz does not exist.'],
      [() => resolveModelTarget(fx.app.deps, fx.owner.workspaceId, { ...selector, model: 'unknown' }), 'model_currently_not_support', expect.stringContaining('unknown')],
      [() => resolveModelTarget(fx.app.deps, fx.owner.workspaceId, { provider: 'openai', model: 'gpt-4o', modelType: 'llm' }), 'provider_not_initialize', 'Provider openai credentials not initialized.'],
      [() => resolveDefaultModelTarget(fx.app.deps, fx.other.workspaceId, 'llm'), 'provider_not_initialize', expect.stringContaining('No llm model')],
    ];
    for (const [attempt, code, message] of failures) {
      const error = await attempt().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ModelRuntimeError);
      expect(error).toMatchObject({ code, message });
    }
    await fx.app.request('PATCH', `${PROVIDERS_PATH}/${COMPATIBLE}/models/disable`, { token: fx.owner.token, json: { model: 'priced-chat', model_type: 'llm' } });
    await expect(resolveModelTarget(fx.app.deps, fx.owner.workspaceId, selector)).rejects.toMatchObject({ code: 'model_currently_not_support', message: 'Model priced-chat is disabled.' });
    await fx.app.request('PATCH', `${PROVIDERS_PATH}/${COMPATIBLE}/models/enable`, { token: fx.owner.token, json: { model: 'priced-chat', model_type: 'llm' } });
    expect((await resolveDefaultModelTarget(fx.app.deps, fx.owner.workspaceId, 'llm')).model).toBe('priced-chat');
  });

  it('records a call with its tokens and prices, and lists it to admins', async () => {
    server.script({ text: 'fine thanks', usage: { prompt_tokens: 10, completion_tokens: 5 } });
    const result = await invoke(await resolveModelTarget(fx.app.deps, fx.owner.workspaceId, selector));
    expect(result.message.content).toBe('fine thanks');
    const [row] = await usageRows(fx.owner.workspaceId);
    expect(row).toMatchObject({
      provider: COMPATIBLE,
      modelName: 'priced-chat',
      modelType: 'llm',
      callerType: 'app',
      callerId: 'app-under-test',
      userId: fx.owner.accountId,
      promptTokens: 10,
      completionTokens: 5,
      totalTokens: 15,
      currency: 'USD',
      status: 'success',
      errorCode: null,
    });
    expect([row!.promptPrice, row!.completionPrice, row!.totalPrice].map(Number)).toEqual([0.01, 0.01, 0.02]);

    const listed = await fx.app.request('GET', '/console/api/workspaces/current/model-usage', { token: fx.owner.token });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ page: 1, limit: 20, total: 1, has_more: false });
    expect(listed.body.data[0]).toMatchObject({ id: row!.id, model: 'priced-chat', prompt_tokens: 10, status: 'success', created_at: expect.any(Number) });
    expect(Number(listed.body.data[0].total_price)).toBe(0.02);
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    expect((await fx.app.request('GET', '/console/api/workspaces/current/model-usage', { token: editor.token })).status).toBe(403);
    expect((await fx.app.request('GET', '/console/api/workspaces/current/model-usage', { token: fx.other.token })).body.data).toEqual([]);
  });

  it('records failed calls with their error code', async () => {
    server.failNext({ status: 500, times: 1 });
    const target = await resolveModelTarget(fx.app.deps, fx.owner.workspaceId, selector);
    await expect(invoke(target)).rejects.toMatchObject({ code: 'completion_request_error' });
    const failed = (await usageRows(fx.owner.workspaceId)).filter((r) => r.status === 'error');
    expect(failed).toEqual([expect.objectContaining({ errorCode: 'completion_request_error', modelName: 'priced-chat' })]);
  });

  it("prices calls with the workspace's override until it is removed", async () => {
    const set = await fx.app.request('POST', pricingPath, {
      token: fx.owner.token,
      json: { model: 'priced-chat', model_type: 'llm', input: '3', output: '4', unit: '0.001', currency: 'USD' },
    });
    expect(set.body).toEqual({ result: 'success' });
    const listed = await fx.app.request('GET', pricingPath, { token: fx.owner.token });
    expect(listed.body.data).toEqual([
      { model: 'priced-chat', model_type: 'llm', input: '3', output: '4', unit: '0.001', currency: 'USD', updated_at: expect.any(Number) },
    ]);
    const target = await resolveModelTarget(fx.app.deps, fx.owner.workspaceId, selector);
    expect(target.pricing).toEqual({ input: '3', output: '4', unit: '0.001', currency: 'USD' });
    server.script({ text: 'priced', usage: { prompt_tokens: 10, completion_tokens: 5 } });
    await invoke(target);
    const filtered = await fx.app.request('GET', '/console/api/workspaces/current/model-usage', {
      token: fx.owner.token,
      query: { provider: COMPATIBLE, model: 'priced-chat', limit: 1 },
    });
    expect(filtered.body).toMatchObject({ total: 3, has_more: true, limit: 1 });
    expect([filtered.body.data[0].prompt_price, filtered.body.data[0].completion_price].map(Number)).toEqual([0.03, 0.02]);

    const refused: Record<string, unknown>[] = [
      { model: 'priced-chat', model_type: 'llm', input: '-1', unit: '0.001', currency: 'USD' },
      { model: 'priced-chat', model_type: 'llm', input: '1', unit: '1e-6', currency: 'USD' },
      { model: 'not-there', model_type: 'llm', input: '1', unit: '0.001', currency: 'USD' },
    ];
    for (const json of refused) expect((await fx.app.request('POST', pricingPath, { token: fx.owner.token, json })).status, JSON.stringify(json)).toBe(400);
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    expect((await fx.app.request('GET', pricingPath, { token: editor.token })).status).toBe(403);
    expect((await fx.app.request('DELETE', pricingPath, { token: fx.other.token, json: { model: 'priced-chat', model_type: 'llm' } })).status).toBe(204);
    expect((await resolveModelTarget(fx.app.deps, fx.owner.workspaceId, selector)).pricing).toBeDefined();

    expect((await fx.app.request('DELETE', pricingPath, { token: fx.owner.token, json: { model: 'priced-chat', model_type: 'llm' } })).status).toBe(204);
    expect((await fx.app.request('GET', pricingPath, { token: fx.owner.token })).body).toEqual({ data: [] });
    expect((await resolveModelTarget(fx.app.deps, fx.owner.workspaceId, selector)).pricing).toBeUndefined();
  });

  it('answers before its usage is written, and the list includes calls still being written', async () => {
    const target = await resolveModelTarget(fx.app.deps, fx.owner.workspaceId, selector);
    const before = (await usageRows(fx.owner.workspaceId)).length;
    server.script({ text: 'quick', usage: { prompt_tokens: 2, completion_tokens: 1 } });
    await invoke(target);
    expect(await writtenRows(fx.owner.workspaceId)).toHaveLength(before);
    const listed = await fx.app.request('GET', '/console/api/workspaces/current/model-usage', { token: fx.owner.token, query: { limit: 1 } });
    expect(listed.body).toMatchObject({ total: before + 1 });
    expect(listed.body.data[0]).toMatchObject({ prompt_tokens: 2, completion_tokens: 1 });
  });

  it('fails only the record that cannot be written and keeps the others of its batch', async () => {
    const record = (workspaceId: string): UsageRecord => ({
      caller: { workspaceId, type: 'app', id: 'batch-check' },
      provider: COMPATIBLE,
      model: 'batch-check',
      modelType: 'llm',
      promptTokens: 1,
      completionTokens: 0,
      totalTokens: 1,
      promptPrice: '0',
      completionPrice: '0',
      totalPrice: '0',
      currency: 'USD',
      latencyMs: 1,
      status: 'success',
    });
    const recorder = modelUsageRecorder(fx.app.deps.db);
    const good = recorder.record(record(fx.owner.workspaceId));
    const bad = recorder.record(record('not-a-workspace-id')).then(() => 'written', () => 'failed');
    await recorder.settled();
    await expect(good).resolves.toBeUndefined();
    expect(await bad).toBe('failed');
    expect((await writtenRows(fx.owner.workspaceId)).filter((row) => row.modelName === 'batch-check')).toHaveLength(1);
  });
});
