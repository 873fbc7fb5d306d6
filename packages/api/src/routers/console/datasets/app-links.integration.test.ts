import { beforeAll, describe, expect, it } from 'vitest';
import { createDatasetAs, createDatasetKey, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { createAppAs } from '../apps/test-helpers';
import { addTestChatModel, TEST_CHAT_MODEL } from '../apps/model-config/test-helpers';

const withDatasets = (ids: string[]) => ({
  model: TEST_CHAT_MODEL,
  dataset_configs: { retrieval_model: 'multiple', top_k: 3, datasets: { datasets: ids.map((id) => ({ dataset: { enabled: true, id } })) } },
});

describe('apps linked to knowledge bases', () => {
  const fx = useIntegrationFixture({ models: true, otherWorkspace: true });
  let first: string;
  let second: string;

  beforeAll(async () => {
    await addTestChatModel(fx.app, fx.owner, fx.models);
    first = (await createDatasetAs(fx.app, fx.owner, { name: 'First', permission: 'all_team_members' })).id;
    second = (await createDatasetAs(fx.app, fx.owner, { name: 'Second', permission: 'all_team_members' })).id;
  });

  const call = (user: SeededUser, method: string, path: string, json?: unknown) => fx.app.request(method, `/console/api${path}`, { token: user.token, json });
  const save = (appId: string, ids: string[]) => call(fx.owner, 'POST', `/apps/${appId}/model-config`, withDatasets(ids));
  const appCount = async (datasetId: string) => (await call(fx.owner, 'GET', `/datasets/${datasetId}`)).body.app_count;
  const listed = async () => {
    const res = await call(fx.owner, 'GET', '/datasets?page=1&limit=30');
    return Object.fromEntries((res.body.data as { id: string; app_count: number }[]).map((d) => [d.id, d.app_count]));
  };

  it('counts and lists the apps whose saved configuration uses a dataset, following each save', async () => {
    const chat = await createAppAs(fx.app, fx.owner, { name: 'Helpdesk', mode: 'chat' });
    const lookup = await createAppAs(fx.app, fx.owner, { name: 'Lookup', mode: 'chat' });
    expect(await appCount(first)).toBe(0);
    expect((await save(chat.id, [first, second])).status).toBe(200);
    expect((await save(lookup.id, [first])).status).toBe(200);
    expect(await listed()).toMatchObject({ [first]: 2, [second]: 1 });

    const related = await call(fx.owner, 'GET', `/datasets/${first}/related-apps`);
    expect(related.status).toBe(200);
    expect(related.body.total).toBe(2);
    expect(related.body.data.map((a: { name: string }) => a.name).sort()).toEqual(['Helpdesk', 'Lookup']);
    expect(related.body.data[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      description: expect.any(String),
      mode: 'chat',
      icon_type: expect.any(String),
      icon: expect.any(String),
      icon_background: expect.any(String),
      icon_url: null,
    });

    // Saving again without `second` unlinks it; saving the same list twice adds nothing.
    expect((await save(chat.id, [first])).status).toBe(200);
    expect((await save(chat.id, [first])).status).toBe(200);
    expect(await listed()).toMatchObject({ [first]: 2, [second]: 0 });

    // Deleting an app removes its links.
    expect((await call(fx.owner, 'DELETE', `/apps/${lookup.id}`)).status).toBe(204);
    expect(await appCount(first)).toBe(1);
    expect((await call(fx.owner, 'GET', `/datasets/${first}/related-apps`)).body).toMatchObject({ total: 1, data: [{ id: chat.id, name: 'Helpdesk' }] });
  });

  it('refuses to delete a dataset an app still uses (409 dataset_in_use) on the console and the knowledge API, and deletes it once unlinked', async () => {
    const kb = (await createDatasetAs(fx.app, fx.owner, { name: 'In use' })).id;
    const app = await createAppAs(fx.app, fx.owner, { name: 'User of it', mode: 'chat' });
    expect((await save(app.id, [kb])).status).toBe(200);
    const refused = await call(fx.owner, 'DELETE', `/datasets/${kb}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'dataset_in_use', status: 409 });
    const key = await createDatasetKey(fx.app, fx.owner);
    const viaApi = await fx.app.request('DELETE', `/v1/datasets/${kb}`, { token: key });
    expect(viaApi.body).toMatchObject({ code: 'dataset_in_use', status: 409 });
    expect((await call(fx.owner, 'GET', `/datasets/${kb}`)).status).toBe(200);

    expect((await save(app.id, [])).status).toBe(200);
    expect((await call(fx.owner, 'DELETE', `/datasets/${kb}`)).status).toBe(204);
  });

  it('links a copied app to its datasets, and an imported app only to datasets of the importing workspace', async () => {
    const kb = (await createDatasetAs(fx.app, fx.owner, { name: 'Copied along' })).id;
    const original = await createAppAs(fx.app, fx.owner, { name: 'Original', mode: 'chat' });
    expect((await save(original.id, [kb])).status).toBe(200);
    const copy = await call(fx.owner, 'POST', `/apps/${original.id}/copy`, { name: 'The copy' });
    expect(copy.status, copy.text).toBe(201);
    expect(await appCount(kb)).toBe(2);

    // The same DSL imported into another workspace names a dataset that is not theirs: no link, no error.
    const exported = await call(fx.owner, 'GET', `/apps/${original.id}/export?include_secret=false`);
    const theirKb = (await createDatasetAs(fx.app, fx.other, { name: 'Theirs' })).id;
    const imported = await call(fx.other, 'POST', '/apps/imports', { mode: 'yaml-content', yaml_content: exported.body.data });
    expect(imported.body).toMatchObject({ status: 'completed' });
    expect((await call(fx.other, 'GET', `/datasets/${theirKb}`)).body.app_count).toBe(0);
    expect(await appCount(kb)).toBe(2);
  });

  it('answers 404 for another workspace’s dataset', async () => {
    const res = await call(fx.other, 'GET', `/datasets/${first}/related-apps`);
    expect(res.status).toBe(404);
    expect((await call(fx.other, 'DELETE', `/datasets/${first}`)).status).toBe(404);
  });
});
