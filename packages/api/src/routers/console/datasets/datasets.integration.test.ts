import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, datasets } from '@tessera/db';
import { createDatasetAs, createTestApp, seedMember, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../../testing';

describe('console knowledge bases', () => {
  let app: TestApp;
  let owner: SeededUser;
  let editor: SeededUser;
  let normal: SeededUser;
  let other: SeededUser;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
    editor = await seedMember(app, owner.workspaceId, 'editor');
    normal = await seedMember(app, owner.workspaceId, 'normal');
    other = await seedWorkspace(app, 'other');
  });
  afterAll(async () => app?.close());

  it('creates (201), reads, lists, updates and deletes a dataset in Dify shapes', async () => {
    const created = await app.request('POST', '/console/api/datasets', {
      token: owner.token,
      json: { name: 'Handbook', description: 'HR rules', indexing_technique: 'economy', permission: 'all_team_members' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Handbook',
      description: 'HR rules',
      indexing_technique: 'economy',
      permission: 'all_team_members',
      provider: 'vendor',
      document_count: 0,
      word_count: 0,
      tags: [],
      doc_metadata: [],
      enable_api: true,
      embedding_model: null,
      retrieval_model_dict: { search_method: 'keyword_search', top_k: 2, reranking_enable: false },
    });
    const id = created.body.id;
    const detail = await app.request('GET', `/console/api/datasets/${id}`, { token: editor.token });
    expect(detail.status).toBe(200);
    expect(detail.body.created_by).toBe(owner.accountId);

    const updated = await app.request('PATCH', `/console/api/datasets/${id}`, {
      token: owner.token,
      json: { name: 'Handbook 2', description: null, retrieval_model: { search_method: 'full_text_search', reranking_enable: false, top_k: 5, score_threshold_enabled: false } },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'Handbook 2', description: null, partial_member_list: [] });
    expect(updated.body.retrieval_model_dict).toMatchObject({ top_k: 5 });

    const list = await app.request('GET', '/console/api/datasets', { token: owner.token, query: { keyword: 'handbook' } });
    expect(list.body).toMatchObject({ total: 1, page: 1, limit: 20, has_more: false });
    expect(list.body.data[0].id).toBe(id);

    expect((await app.request('DELETE', `/console/api/datasets/${id}`, { token: owner.token })).status).toBe(204);
    expect(await app.deps.db.select().from(datasets).where(eq(datasets.id, id))).toEqual([]);
    expect((await app.request('GET', `/console/api/datasets/${id}`, { token: owner.token })).body).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('answers duplicate names with 409 on create and 400 on update, and bad input with invalid_param', async () => {
    await createDatasetAs(app, owner, { name: 'Same' });
    const dup = await app.request('POST', '/console/api/datasets', { token: owner.token, json: { name: 'Same' } });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('dataset_name_duplicate');
    const second = await createDatasetAs(app, owner, { name: 'Another' });
    const clash = await app.request('PATCH', `/console/api/datasets/${second.id}`, { token: owner.token, json: { name: 'Same' } });
    expect(clash.status).toBe(400);
    expect(clash.body).toMatchObject({ code: 'invalid_param', message: 'Dataset name already exists' });
    for (const json of [{ name: '' }, { name: 'x'.repeat(41) }, { name: 'ok', permission: 'everyone' }, { name: 'ok2', retrieval_model: { search_method: 'semantic_search' } }]) {
      const res = await app.request('POST', '/console/api/datasets', { token: owner.token, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.body.code).toBe('invalid_param');
    }
    const noModel = await app.request('POST', '/console/api/datasets', { token: owner.token, json: { name: 'hq', indexing_technique: 'high_quality' } });
    expect(noModel.status).toBe(400);
    expect(noModel.body.message).toContain('No Embedding Model available');
  });

  it('enforces only_me, all_team_members and partial_members on read, list and edit', async () => {
    const mine = await createDatasetAs(app, editor, { name: 'Editor private', permission: 'only_me' });
    const team = await createDatasetAs(app, editor, { name: 'Editor team', permission: 'all_team_members' });
    const partial = await createDatasetAs(app, editor, { name: 'Editor partial', permission: 'partial_members' });
    expect((await app.request('GET', `/console/api/datasets/${mine.id}`, { token: normal.token })).body).toMatchObject({ code: 'forbidden', status: 403 });
    expect((await app.request('GET', `/console/api/datasets/${team.id}`, { token: normal.token })).status).toBe(200);
    expect((await app.request('GET', `/console/api/datasets/${partial.id}`, { token: normal.token })).status).toBe(403);
    const share = await app.request('PATCH', `/console/api/datasets/${partial.id}`, {
      token: editor.token,
      json: { permission: 'partial_members', partial_member_list: [{ user_id: normal.accountId }, { user_id: other.accountId }] },
    });
    expect(share.status).toBe(200);
    expect(share.body.partial_member_list).toEqual([normal.accountId]);
    expect((await app.request('GET', `/console/api/datasets/${partial.id}`, { token: normal.token })).status).toBe(200);
    // A normal member may read what is shared but not change it.
    expect((await app.request('PATCH', `/console/api/datasets/${team.id}`, { token: normal.token, json: { name: 'x' } })).status).toBe(403);

    const names = async (user: SeededUser, query: Record<string, string> = {}) =>
      ((await app.request('GET', '/console/api/datasets', { token: user.token, query: { limit: 100, ...query } })).body.data as { name: string }[]).map((d) => d.name);
    expect(await names(normal)).toEqual(expect.arrayContaining(['Editor team', 'Editor partial']));
    expect(await names(normal)).not.toContain('Editor private');
    expect(await names(owner)).not.toContain('Editor private');
    expect(await names(owner, { include_all: 'true' })).toContain('Editor private');
    expect(await names(normal, { include_all: 'true' })).not.toContain('Editor private');
  });

  it('never shows or changes another workspace’s datasets', async () => {
    const theirs = await createDatasetAs(app, other, { name: 'Theirs', permission: 'all_team_members' });
    for (const [method, json] of [['GET', undefined], ['PATCH', { name: 'hijacked' }], ['DELETE', undefined]] as const) {
      const res = await app.request(method, `/console/api/datasets/${theirs.id}`, { token: owner.token, json });
      expect(res.status, method).toBe(404);
    }
    const list = await app.request('GET', '/console/api/datasets', { token: owner.token, query: { include_all: 'true', limit: 100 } });
    expect(list.body.data.map((d: { id: string }) => d.id)).not.toContain(theirs.id);
    const [row] = await app.deps.db.select().from(datasets).where(eq(datasets.id, theirs.id));
    expect(row!.name).toBe('Theirs');
  });

  it('manages knowledge API keys per workspace, shown once, capped at ten, and closes a dataset to them', async () => {
    const created = await app.request('POST', '/console/api/datasets/api-keys', { token: owner.token });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ type: 'dataset', token: expect.stringMatching(/^dataset-[A-Za-z0-9]{24}$/) });
    const list = await app.request('GET', '/console/api/datasets/api-keys', { token: owner.token });
    expect(list.body.data.map((k: { id: string }) => k.id)).toContain(created.body.id);
    expect(list.body.data.find((k: { id: string }) => k.id === created.body.id).token).not.toBe(created.body.token);
    expect((await app.request('GET', '/console/api/datasets/api-keys', { token: other.token })).body.data).toEqual([]);
    expect((await app.request('DELETE', `/console/api/datasets/api-keys/${created.body.id}`, { token: other.token })).status).toBe(404);
    expect((await app.request('POST', '/console/api/datasets/api-keys', { token: editor.token })).status).toBe(403);
    for (let i = 0; i < 9; i++) expect((await app.request('POST', '/console/api/datasets/api-keys', { token: owner.token })).status).toBe(200);
    const eleventh = await app.request('POST', '/console/api/datasets/api-keys', { token: owner.token });
    expect(eleventh.body).toMatchObject({ code: 'max_keys_exceeded', status: 400 });

    const kb = await createDatasetAs(app, owner, { name: 'Closed to API' });
    const v1 = (path: string) => app.request('GET', path, { token: created.body.token });
    expect((await v1(`/v1/datasets/${kb.id}`)).status).toBe(200);
    expect((await app.request('POST', `/console/api/datasets/${kb.id}/api-keys/disable`, { token: owner.token })).body).toEqual({ result: 'success' });
    expect((await v1(`/v1/datasets/${kb.id}`)).body).toMatchObject({ code: 'forbidden', message: 'Dataset api access is not enabled.', status: 403 });
    expect((await app.request('POST', `/console/api/datasets/${kb.id}/api-keys/enable`, { token: other.token })).status).toBe(404);

    expect((await app.request('DELETE', `/console/api/datasets/api-keys/${created.body.id}`, { token: owner.token })).status).toBe(204);
    expect((await v1(`/v1/datasets/${kb.id}`)).status).toBe(401);
    expect(await app.deps.db.select().from(apiTokens).where(eq(apiTokens.id, created.body.id))).toEqual([]);
  });

  it('binds knowledge tags to datasets and filters the list by them', async () => {
    const tagged = await createDatasetAs(app, owner, { name: 'Tagged KB' });
    await createDatasetAs(app, owner, { name: 'Untagged KB' });
    const tag = (await app.request('POST', '/console/api/tags', { token: owner.token, json: { name: 'kb', type: 'knowledge' } })).body;
    const bind = await app.request('POST', '/console/api/tag-bindings/create', { token: owner.token, json: { tag_ids: [tag.id], target_id: tagged.id, type: 'knowledge' } });
    expect(bind.body).toEqual({ result: 'success' });
    const list = await app.request('GET', '/console/api/datasets', { token: owner.token, query: { tag_ids: tag.id } });
    expect(list.body.data.map((d: { name: string }) => d.name)).toEqual(['Tagged KB']);
    expect(list.body.data[0].tags).toEqual([{ id: tag.id, name: 'kb', type: 'knowledge' }]);
    const theirs = await createDatasetAs(app, other, { name: 'Their KB' });
    const cross = await app.request('POST', '/console/api/tag-bindings/create', { token: owner.token, json: { tag_ids: [tag.id], target_id: theirs.id, type: 'knowledge' } });
    expect(cross.body).toMatchObject({ code: 'not_found', message: 'Dataset not found' });
  });
});
