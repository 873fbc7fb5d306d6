import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appModelConfigs } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { seedMember, type SeededUser } from '../../../../testing';
import { useIntegrationFixture } from '../../../../testing/fixtures';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE, PROVIDERS_PATH } from '../../model-providers/test-helpers';
import { appRow, createAppAs } from '../test-helpers';

const PROMPT_MODES_MESSAGE = "App mode is not in the supported list: {'chat', 'agent-chat', 'completion'}";

const chatConfig = (overrides: Record<string, unknown> = {}) => ({
  model: { provider: COMPATIBLE, name: 'test-chat', mode: 'chat', completion_params: { temperature: 0.3, max_tokens: 512 } },
  pre_prompt: 'You answer as {{persona}}.',
  user_input_form: [{ 'text-input': { label: 'Persona', variable: 'persona', required: true, max_length: 48, default: '' } }],
  opening_statement: 'Hi there',
  suggested_questions: ['What can you do?'],
  ...overrides,
});

describe('console model config', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });
  let server: TestModelServer;
  beforeAll(async () => {
    server = await startTestModelServer();
    expect((await addCompatibleCredential(fx.app, fx.owner, server)).status).toBe(201);
    const chat = { context_size: '16000', max_tokens_to_sample: '1024' };
    expect((await addCompatibleModel(fx.app, fx.owner, 'test-chat', 'llm', chat)).status).toBe(201);
    expect((await addCompatibleModel(fx.app, fx.owner, 'test-off', 'llm', chat)).status).toBe(201);
    await fx.app.request('PATCH', `${PROVIDERS_PATH}/${COMPATIBLE}/models/disable`, { token: fx.owner.token, json: { model: 'test-off', model_type: 'llm' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const path = (appId: string) => `/console/api/apps/${appId}/model-config`;
  const save = (user: SeededUser, appId: string, body: unknown) => fx.app.request('POST', path(appId), { token: user.token, json: body });
  const versions = async (appId: string) =>
    (await fx.app.deps.db.select().from(appModelConfigs).where(eq(appModelConfigs.appId, appId))).map((row) => row.version).sort((a, b) => a - b);

  it('gives every new prompt app a version 1 that answers, in the full model_config shape', async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Helper', mode: 'chat' });
    const row = await appRow(fx.app, created.id);
    const res = await fx.app.request('GET', path(created.id), { token: fx.owner.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: row!.appModelConfigId,
      version: 1,
      pre_prompt: '',
      model: { provider: '', name: '', mode: 'chat', completion_params: {} },
      retriever_resource: { enabled: true },
      created_by: fx.owner.accountId,
    });
    expect(Number.isInteger(res.body.created_at)).toBe(true);
    const listed = await fx.app.request('GET', `${path(created.id)}/versions`, { token: fx.owner.token });
    expect(listed.body).toEqual({
      page: 1,
      limit: 20,
      total: 1,
      has_more: false,
      data: [{ id: row!.appModelConfigId, version: 1, created_by: fx.owner.accountId, created_at: expect.any(Number), current: true }],
    });
  });

  it('saves a valid configuration as the next version, copies it to the app and answers it back', async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Persona', mode: 'chat' });
    const aliasProvider = { provider: 'langgenius/openai_api_compatible/openai_api_compatible', name: 'test-chat', completion_params: { temperature: 0.3, unknown: 1 } };
    const res = await save(fx.owner, created.id, chatConfig({ model: aliasProvider, more_like_this: { enabled: true }, stray: true }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: 'success' });

    const current = await fx.app.request('GET', path(created.id), { token: fx.owner.token });
    expect(current.body).toMatchObject({
      version: 2,
      pre_prompt: 'You answer as {{persona}}.',
      opening_statement: 'Hi there',
      suggested_questions: ['What can you do?'],
      // The catalog's name and mode replace the alias; params no rule knows are dropped, stop is added.
      model: { provider: COMPATIBLE, name: 'test-chat', mode: 'chat', completion_params: { temperature: 0.3, stop: [] } },
      // A chat app does not keep a completion-only feature.
      more_like_this: { enabled: false },
      user_input_form: [{ 'text-input': { label: 'Persona', variable: 'persona', required: true, max_length: 48, default: '' } }],
    });
    expect('stray' in current.body).toBe(false);

    const row = await appRow(fx.app, created.id);
    expect(row!.appModelConfigId).toBe(current.body.id);
    expect(row!.modelConfig).toMatchObject({ pre_prompt: 'You answer as {{persona}}.' });
    const detail = await fx.app.request('GET', `/console/api/apps/${created.id}`, { token: fx.owner.token });
    expect(detail.body.model_config).toMatchObject({ pre_prompt: 'You answer as {{persona}}.', opening_statement: 'Hi there' });
    expect(await versions(created.id)).toEqual([1, 2]);

    const listed = await fx.app.request('GET', `${path(created.id)}/versions`, { token: fx.owner.token, query: { limit: 1 } });
    expect(listed.body).toMatchObject({ total: 2, has_more: true, data: [{ version: 2, current: true }] });
    const older = await fx.app.request('GET', `${path(created.id)}/versions`, { token: fx.owner.token, query: { limit: 1, page: 2 } });
    expect(older.body).toMatchObject({ page: 2, has_more: false, data: [{ version: 1, current: false }] });
  });

  it('saves completion and agent-chat configurations under their own rules', async () => {
    const completion = await createAppAs(fx.app, fx.owner, { name: 'Writer', mode: 'completion' });
    const model = { provider: COMPATIBLE, name: 'test-chat', completion_params: {} };
    const form = [{ paragraph: { label: 'Topic', variable: 'topic', required: true } }];
    const saved = await save(fx.owner, completion.id, { model, pre_prompt: 'Write about {{topic}}', user_input_form: form, more_like_this: { enabled: true } });
    expect(saved.status).toBe(200);
    expect((await fx.app.request('GET', path(completion.id), { token: fx.owner.token })).body).toMatchObject({ more_like_this: { enabled: true }, version: 2 });

    const agent = await createAppAs(fx.app, fx.owner, { name: 'Agent', mode: 'agent-chat' });
    const tools = [{ provider_type: 'builtin', provider_id: 'time', tool_name: 'current_time', tool_parameters: {} }];
    const agentMode = { enabled: true, strategy: 'function_call', max_iteration: 3, tools };
    expect((await save(fx.owner, agent.id, chatConfig({ agent_mode: agentMode }))).status).toBe(200);
    const config = (await fx.app.request('GET', path(agent.id), { token: fx.owner.token })).body;
    expect(config.agent_mode).toMatchObject({ enabled: true, strategy: 'function_call', max_iteration: 3, tools: [expect.objectContaining({ tool_name: 'current_time' })] });
  });

  it("refuses a configuration Dify would refuse, with Dify's messages, and keeps the current version", async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Strict', mode: 'chat' });
    const cases: [unknown, string, string][] = [
      [{ pre_prompt: 'x' }, 'invalid_param', 'model is required'],
      [chatConfig({ model: 'gpt' }), 'invalid_param', 'model must be of object type'],
      [chatConfig({ model: { provider: COMPATIBLE, completion_params: {} } }), 'invalid_param', 'model.name is required'],
      [chatConfig({ model: { provider: COMPATIBLE, name: 'test-chat' } }), 'invalid_param', 'model.completion_params is required'],
      [chatConfig({ model: { provider: 'no-such-vendor', name: 'x', completion_params: {} } }), 'invalid_param', 'model.provider is required and must be in ['],
      [chatConfig({ model: { provider: COMPATIBLE, name: 'not-there', completion_params: {} } }), 'invalid_param', 'model.name must be in the specified model list'],
      [
        chatConfig({ model: { provider: COMPATIBLE, name: 'test-chat', completion_params: { max_tokens: 5000 } } }),
        'invalid_param',
        'Model Parameter max_tokens should be less than or equal to 1024.',
      ],
      [chatConfig({ model: { provider: COMPATIBLE, name: 'test-off', completion_params: {} } }), 'model_currently_not_support', 'Model test-off is disabled.'],
      [chatConfig({ model: { provider: 'openai', name: 'gpt-4o', completion_params: {} } }), 'provider_not_initialize', 'credentials not initialized'],
      [chatConfig({ user_input_form: 'all of them' }), 'invalid_param', 'user_input_form must be a list of objects'],
      [chatConfig({ opening_statement: 7 }), 'invalid_param', 'opening_statement must be of string type'],
    ];
    for (const [body, code, message] of cases) {
      const res = await save(fx.owner, created.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code, JSON.stringify(body)).toBe(code);
      expect(res.body.message).toContain(message);
    }
    expect(await versions(created.id)).toEqual([1]);
  });

  it('numbers parallel saves of one app one after another, and the last one answers', async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Busy', mode: 'chat' });
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => save(fx.owner, created.id, chatConfig({ pre_prompt: `Prompt ${n}` }))),
    );
    expect(results.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await versions(created.id)).toEqual([1, 2, 3, 4, 5, 6]);
    const [latest] = await fx.app.deps.db
      .select()
      .from(appModelConfigs)
      .where(and(eq(appModelConfigs.appId, created.id), eq(appModelConfigs.version, 6)));
    const row = await appRow(fx.app, created.id);
    expect(row!.appModelConfigId).toBe(latest!.id);
    expect(row!.modelConfig).toEqual(latest!.config);
  });

  it('serves chat, agent-chat and completion apps only, as Dify does', async () => {
    for (const mode of ['workflow', 'advanced-chat']) {
      const created = await createAppAs(fx.app, fx.owner, { name: mode, mode });
      for (const [method, url] of [
        ['GET', path(created.id)],
        ['POST', path(created.id)],
        ['GET', `${path(created.id)}/versions`],
      ] as const) {
        const res = await fx.app.request(method, url, { token: fx.owner.token, ...(method === 'POST' ? { json: chatConfig() } : {}) });
        expect(res.status, `${method} ${mode}`).toBe(404);
        expect(res.body).toMatchObject({ code: 'app_not_found', message: PROMPT_MODES_MESSAGE });
      }
    }
  });

  it('lets every member read and only editors and up save', async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Roles', mode: 'chat' });
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    expect((await fx.app.request('GET', path(created.id), { token: normal.token })).status).toBe(200);
    expect((await fx.app.request('GET', `${path(created.id)}/versions`, { token: normal.token })).status).toBe(200);
    const refused = await save(normal, created.id, chatConfig());
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect((await save(editor, created.id, chatConfig())).status).toBe(200);
    expect(await versions(created.id)).toEqual([1, 2]);
    expect((await fx.app.request('GET', path(created.id))).status).toBe(401);
  });

  it("never reads or writes another workspace's app, nor uses another workspace's models", async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Mine', mode: 'chat' });
    for (const [method, url] of [
      ['GET', path(created.id)],
      ['POST', path(created.id)],
      ['GET', `${path(created.id)}/versions`],
    ] as const) {
      const res = await fx.app.request(method, url, { token: fx.other.token, ...(method === 'POST' ? { json: chatConfig() } : {}) });
      expect(res.status, `${method} ${url}`).toBe(404);
      expect(res.body.code).toBe('app_not_found');
    }
    expect(await versions(created.id)).toEqual([1]);
    const theirs = await createAppAs(fx.app, fx.other, { name: 'Theirs', mode: 'chat' });
    const res = await save(fx.other, theirs.id, chatConfig());
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid_param', message: 'model.name must be in the specified model list' });
  });

  it('copies carry the configuration as their own version 1', async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Original', mode: 'chat' });
    expect((await save(fx.owner, created.id, chatConfig({ pre_prompt: 'Copied prompt' }))).status).toBe(200);
    const copy = await fx.app.request('POST', `/console/api/apps/${created.id}/copy`, { token: fx.owner.token, json: {} });
    expect(copy.status).toBe(201);
    const config = await fx.app.request('GET', path(copy.body.id), { token: fx.owner.token });
    expect(config.body).toMatchObject({ version: 1, pre_prompt: 'Copied prompt' });
    expect(await versions(copy.body.id)).toEqual([1]);
  });
});
