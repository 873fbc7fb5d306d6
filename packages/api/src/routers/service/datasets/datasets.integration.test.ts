import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatasetAs, createDatasetKey, createTestApp, seedMember, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../../testing';

describe('knowledge API: datasets and tags on /v1', () => {
  let app: TestApp;
  let owner: SeededUser;
  let other: SeededUser;
  let key: string;
  let otherKey: string;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
    other = await seedWorkspace(app, 'other');
    key = await createDatasetKey(app, owner);
    otherKey = await createDatasetKey(app, other);
  });
  afterAll(async () => app?.close());

  const v1 = (method: string, path: string, json?: unknown, token = key) => app.request(method, `/v1${path}`, { token, json });

  it('refuses missing, malformed and app keys with 401 in Dify envelopes', async () => {
    expect((await app.request('GET', '/v1/datasets')).body).toMatchObject({ code: 'unauthorized', status: 401 });
    expect((await app.request('GET', '/v1/datasets', { headers: { Authorization: 'Basic abc' } })).body.message).toBe("Authorization scheme must be 'Bearer'");
    expect((await v1('GET', '/datasets', undefined, 'dataset-nope')).body).toMatchObject({ code: 'unauthorized', message: 'Access token is invalid' });
  });

  it('creates (200), lists, reads, updates and deletes datasets as the workspace owner', async () => {
    const created = await v1('POST', '/datasets', { name: 'API KB', permission: 'only_me' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ name: 'API KB', created_by: owner.accountId, indexing_technique: null, permission: 'only_me' });
    // A member's only_me dataset is reachable through the owner's key, as in Dify.
    const editor = await seedMember(app, owner.workspaceId, 'editor');
    const members = await createDatasetAs(app, editor, { name: 'Member private' });
    expect((await v1('GET', `/datasets/${members.id}`)).status).toBe(200);
    const list = await v1('GET', '/datasets?page=1&limit=1&include_all=true');
    expect(list.body).toMatchObject({ page: 1, limit: 1, has_more: true });
    const all = await v1('GET', '/datasets?include_all=true&limit=100');
    expect(all.body.data.map((d: { name: string }) => d.name)).toEqual(['Member private', 'API KB']);
    const patched = await v1('PATCH', `/datasets/${created.body.id}`, { description: 'new' });
    expect(patched.body).toMatchObject({ description: 'new', partial_member_list: [] });
    expect((await v1('POST', '/datasets', { name: 'API KB' })).body).toMatchObject({ code: 'dataset_name_duplicate', status: 409 });
    expect((await v1('DELETE', `/datasets/${created.body.id}`)).status).toBe(204);
    expect((await v1('GET', `/datasets/${created.body.id}`)).body).toMatchObject({ code: 'not_found', message: 'Dataset not found.', status: 404 });
  });

  it('records a key\'s last use at most once a minute, however many requests it makes', async () => {
    let keyWrites = 0;
    const unobserve = app.database.onWrite((table, statement) => void (keyWrites += table === 'api_tokens' && statement === 'update' ? 1 : 0));
    const fresh = await createDatasetKey(app, owner);
    for (let i = 0; i < 3; i++) expect((await v1('GET', '/datasets', undefined, fresh)).status).toBe(200);
    expect(keyWrites).toBe(1);
    app.advanceClock(61_000);
    expect((await v1('GET', '/datasets', undefined, fresh)).status).toBe(200);
    unobserve();
    expect(keyWrites).toBe(2);
  });

  it('refuses a deleted key at once, on this instance and another, though keys are read from the cache', async () => {
    const peer = await app.peer();
    const created = await app.request('POST', '/console/api/datasets/api-keys', { token: owner.token });
    const fresh = created.body.token as string;
    for (const instance of [app, peer]) expect((await instance.request('GET', '/v1/datasets', { token: fresh })).status).toBe(200);
    expect((await app.request('DELETE', `/console/api/datasets/api-keys/${created.body.id}`, { token: owner.token })).status).toBe(204);
    for (const instance of [app, peer]) {
      let status = 200;
      // The other instance hears of the change through the database's notification.
      for (let attempt = 0; attempt < 100 && status === 200; attempt++) {
        status = (await instance.request('GET', '/v1/datasets', { token: fresh })).status;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status).toBe(401);
    }
  });

  /** SQL on the database's own client, past this process's write hook: another instance's write, heard only through NOTIFY. */
  const writeElsewhere = async (statement: string, params: unknown[]) => {
    type Run = (statement: string, params: unknown[]) => Promise<unknown>;
    const client = (app.deps.db as unknown as { $client: { query?: Run; unsafe?: Run } }).$client;
    if (client.unsafe) await client.unsafe(statement, params);
    else await client.query!(statement, params);
  };
  const statusesSettle = async (instances: TestApp[], path: string, expected: number[]) => {
    // Within a notification's latency: at once on the embedded engine, a moment later on a server.
    await expect.poll(async () => Promise.all(instances.map(async (i) => (await i.request('GET', `/v1${path}`, { token: key })).status)), { timeout: 3000 }).toEqual(expected);
  };

  it('acts as the workspace owner it caches, and follows the owner out at once on every instance when the membership or account changes', async () => {
    const peer = await app.peer();
    const instances = [app, peer];
    const dataset = await createDatasetAs(app, owner, { name: 'Owner cache' });
    for (const instance of instances) expect((await instance.request('GET', `/v1/datasets/${dataset.id}`, { token: key })).status).toBe(200);
    // Ownership moves to a member (another process's write): the key acts as no one until an owner exists again.
    await writeElsewhere("update workspace_members set role = 'admin' where workspace_id = $1 and account_id = $2", [owner.workspaceId, owner.accountId]);
    await statusesSettle(instances, `/datasets/${dataset.id}`, [401, 401]);
    expect((await peer.request('GET', '/v1/datasets', { token: key })).body).toMatchObject({ code: 'unauthorized', message: 'Tenant owner account does not exist.' });
    await writeElsewhere("update workspace_members set role = 'owner' where workspace_id = $1 and account_id = $2", [owner.workspaceId, owner.accountId]);
    await statusesSettle(instances, `/datasets/${dataset.id}`, [200, 200]);
    // The owner's account is banned, then restored.
    await writeElsewhere("update accounts set status = 'banned' where id = $1", [owner.accountId]);
    await statusesSettle(instances, `/datasets/${dataset.id}`, [401, 401]);
    await writeElsewhere("update accounts set status = 'active' where id = $1", [owner.accountId]);
    await statusesSettle(instances, `/datasets/${dataset.id}`, [200, 200]);
    // Switching workspaces changes no one's access and announces nothing: the cached owner stays.
    app.deps.cache.clear();
    await app.request('GET', `/v1/datasets/${dataset.id}`, { token: key });
    const cached = app.deps.cache.size;
    await writeElsewhere('update workspace_members set current = not current where workspace_id = $1 and account_id = $2', [owner.workspaceId, owner.accountId]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(app.deps.cache.size).toBe(cached);
    await writeElsewhere('update workspace_members set current = not current where workspace_id = $1 and account_id = $2', [owner.workspaceId, owner.accountId]);
  });

  it('reads a dataset from the cache and sees its changes and removal at once on every instance', async () => {
    const peer = await app.peer();
    const dataset = await createDatasetAs(app, owner, { name: 'Dataset cache' });
    await statusesSettle([app, peer], `/datasets/${dataset.id}`, [200, 200]);
    await writeElsewhere('update datasets set enable_api = false where id = $1', [dataset.id]);
    await statusesSettle([app, peer], `/datasets/${dataset.id}`, [403, 403]);
    await writeElsewhere('update datasets set enable_api = true where id = $1', [dataset.id]);
    await statusesSettle([app, peer], `/datasets/${dataset.id}`, [200, 200]);
    expect((await peer.request('DELETE', `/v1/datasets/${dataset.id}`, { token: key })).status).toBe(204);
    await statusesSettle([app, peer], `/datasets/${dataset.id}`, [404, 404]);
  });

  it('keeps each key inside its own workspace', async () => {
    const mine = await createDatasetAs(app, owner, { name: 'Mine only' });
    for (const [method, json] of [['GET', undefined], ['PATCH', { name: 'x' }], ['DELETE', undefined]] as const) {
      expect((await v1(method, `/datasets/${mine.id}`, json, otherKey)).status, method).toBe(404);
    }
    expect((await v1('GET', '/datasets?include_all=true', undefined, otherKey)).body.data.map((d: { id: string }) => d.id)).not.toContain(mine.id);
    expect((await v1('GET', `/datasets/${mine.id}/tags`, undefined, otherKey)).status).toBe(404);
  });

  it('manages knowledge tags: create, list (bare array, string counts), rename, bind, unbind, delete', async () => {
    const kb = await createDatasetAs(app, owner, { name: 'Tag target' });
    const tag = await v1('POST', '/datasets/tags', { name: 'finance' });
    expect(tag.status).toBe(200);
    expect(tag.body).toEqual({ id: expect.any(String), name: 'finance', type: 'knowledge', binding_count: '0' });
    expect((await v1('POST', '/datasets/tags', { name: 'finance' })).body).toMatchObject({ code: 'invalid_param', message: 'Tag name already exists' });
    expect((await v1('POST', '/datasets/tags/binding', { tag_ids: [tag.body.id], target_id: kb.id })).status).toBe(204);
    expect((await v1('POST', '/datasets/tags/binding', { tag_ids: [], target_id: kb.id })).status).toBe(400);
    const list = await v1('GET', '/datasets/tags');
    expect(list.body).toEqual([{ id: tag.body.id, name: 'finance', type: 'knowledge', binding_count: '1' }]);
    expect((await v1('GET', `/datasets/${kb.id}/tags`)).body).toEqual({ data: [{ id: tag.body.id, name: 'finance' }], total: 1 });
    const renamed = await v1('PATCH', '/datasets/tags', { tag_id: tag.body.id, name: 'money' });
    expect(renamed.body).toMatchObject({ name: 'money', binding_count: '1' });
    expect((await v1('POST', '/datasets/tags/unbinding', { tag_id: tag.body.id, target_id: kb.id })).status).toBe(204);
    expect((await v1('GET', `/datasets/${kb.id}/tags`)).body.total).toBe(0);
    expect((await v1('POST', '/datasets/tags/unbinding', { target_id: kb.id })).status).toBe(400);
    // Another workspace's key sees no tag and cannot touch or bind it.
    expect((await v1('GET', '/datasets/tags', undefined, otherKey)).body).toEqual([]);
    expect((await v1('PATCH', '/datasets/tags', { tag_id: tag.body.id, name: 'x' }, otherKey)).status).toBe(404);
    const theirs = await createDatasetAs(app, other, { name: 'Their target' });
    expect((await v1('POST', '/datasets/tags/binding', { tag_ids: [tag.body.id], target_id: theirs.id })).status).toBe(404);
    expect((await v1('DELETE', '/datasets/tags', { tag_id: tag.body.id }, otherKey)).status).toBe(404);
    expect((await v1('DELETE', '/datasets/tags', { tag_id: tag.body.id })).status).toBe(204);
    expect((await v1('GET', '/datasets/tags')).body).toEqual([]);
  });
});
