import { beforeAll, describe, expect, it } from 'vitest';
import { createDatasetAs, seedMember, type SeededUser } from '../../../../testing';
import { useIntegrationFixture } from '../../../../testing/fixtures';
import { createAppAs } from '../test-helpers';
import { addTestChatModel, TEST_CHAT_MODEL } from './test-helpers';

const MISSING = { code: 'invalid_param', status: 400, message: 'Dataset ID does not exist, please check your permission.' };

const withDatasets = (ids: string[], extra: Record<string, unknown> = {}) => ({
  model: TEST_CHAT_MODEL,
  dataset_configs: { retrieval_model: 'multiple', top_k: 3, datasets: { datasets: ids.map((id) => ({ dataset: { enabled: true, id } })) } },
  ...extra,
});

describe('knowledge in an app’s configuration', () => {
  const fx = useIntegrationFixture({ models: true, otherWorkspace: true });
  let editor: SeededUser;
  let shared: string;
  let ownersOnly: string;
  let partial: string;
  let foreign: string;
  let chatId: string;

  beforeAll(async () => {
    await addTestChatModel(fx.app, fx.owner, fx.models);
    editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    shared = (await createDatasetAs(fx.app, fx.owner, { name: 'Shared', permission: 'all_team_members' })).id;
    ownersOnly = (await createDatasetAs(fx.app, fx.owner, { name: 'Mine', permission: 'only_me' })).id;
    partial = (await createDatasetAs(fx.app, fx.owner, { name: 'Some', permission: 'partial_members' })).id;
    foreign = (await createDatasetAs(fx.app, fx.other, { name: 'Theirs', permission: 'all_team_members' })).id;
    chatId = (await createAppAs(fx.app, fx.owner, { name: 'Knowing', mode: 'chat' })).id;
  });

  const save = (user: SeededUser, appId: string, body: unknown) => fx.app.request('POST', `/console/api/apps/${appId}/model-config`, { token: user.token, json: body });
  const saved = async (appId: string) => (await fx.app.request('GET', `/console/api/apps/${appId}/model-config`, { token: fx.owner.token })).body;

  it('keeps the workspace’s readable datasets with the retrieval settings', async () => {
    const res = await save(editor, chatId, withDatasets([shared], { retriever_resource: { enabled: false } }));
    expect(res.status).toBe(200);
    const config = await saved(chatId);
    expect(config.dataset_configs).toMatchObject({ retrieval_model: 'multiple', top_k: 3, datasets: { datasets: [{ dataset: { enabled: true, id: shared } }] } });
    expect(config.retriever_resource).toEqual({ enabled: false });
  });

  it('refuses another workspace’s dataset, an unknown one and a malformed id, saving nothing', async () => {
    for (const id of [foreign, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await save(fx.owner, chatId, withDatasets([shared, id]));
      expect(res.body, id).toMatchObject(MISSING);
    }
    expect((await saved(chatId)).dataset_configs.datasets.datasets).toHaveLength(1);
  });

  it('refuses datasets the operator may not read (only_me of someone else, partial_members without them)', async () => {
    expect((await save(editor, chatId, withDatasets([ownersOnly]))).body).toMatchObject(MISSING);
    expect((await save(editor, chatId, withDatasets([partial]))).body).toMatchObject(MISSING);
    expect((await save(fx.owner, chatId, withDatasets([ownersOnly, partial]))).status).toBe(200);
    const members = await fx.app.request('PATCH', `/console/api/datasets/${partial}`, {
      token: fx.owner.token,
      json: { permission: 'partial_members', partial_member_list: [{ user_id: editor.accountId, role: 'editor' }] },
    });
    expect(members.status).toBe(200);
    expect((await save(editor, chatId, withDatasets([partial]))).status).toBe(200);
  });

  it('needs a completion app’s query variable, and one its input form has', async () => {
    const completionId = (await createAppAs(fx.app, fx.owner, { name: 'Lookup', mode: 'completion' })).id;
    const form = { user_input_form: [{ paragraph: { label: 'Query', variable: 'query', required: true } }], pre_prompt: '{{query}}' };
    expect((await save(fx.owner, completionId, withDatasets([shared], form))).body).toMatchObject({
      code: 'invalid_param',
      message: 'Dataset query variable is required when dataset is exist',
    });
    expect((await save(fx.owner, completionId, withDatasets([shared], { ...form, dataset_query_variable: 'topic' }))).body).toMatchObject({
      code: 'invalid_param',
      status: 400,
    });
    expect((await save(fx.owner, completionId, withDatasets([shared], { ...form, dataset_query_variable: 'query' }))).status).toBe(200);
    expect((await saved(completionId)).dataset_query_variable).toBe('query');
  });

  it('checks an unsaved configuration the debugger runs the same way', async () => {
    const res = await fx.app.request('POST', `/console/api/apps/${chatId}/chat-messages`, {
      token: fx.owner.token,
      json: { query: 'hi', inputs: {}, response_mode: 'blocking', model_config: withDatasets([foreign]) },
    });
    expect(res.body).toMatchObject(MISSING);
  });

  it('is another workspace’s app to nobody else: 404', async () => {
    const res = await save(fx.other, chatId, withDatasets([foreign]));
    expect(res.status).toBe(404);
  });
});
