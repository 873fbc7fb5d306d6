import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tagBindings, tags } from '@tessera/db';
import { createTestApp, seedMember, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../../testing';
import { createAppAs } from '../apps/test-helpers';

describe('console tags and tag bindings', () => {
  let app: TestApp;
  let owner: SeededUser;
  let other: SeededUser;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
    other = await seedWorkspace(app, 'other');
  });
  afterAll(async () => app?.close());

  const createTag = (user: SeededUser, name: string, type = 'app') =>
    app.request('POST', '/console/api/tags', { token: user.token, json: { name, type } });
  const bindingsOf = (targetId: string) => app.deps.db.select().from(tagBindings).where(eq(tagBindings.targetId, targetId));

  it('creates, lists (newest first, by type and keyword), renames and deletes tags', async () => {
    const first = await createTag(owner, 'Production');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ id: expect.any(String), name: 'Production', type: 'app', binding_count: '0' });
    const second = await createTag(owner, 'Staging');
    await createTag(owner, 'Production', 'knowledge');

    const list = await app.request('GET', '/console/api/tags', { token: owner.token, query: { type: 'app' } });
    expect(list.status).toBe(200);
    expect(list.body.map((t: { name: string }) => t.name)).toEqual(['Staging', 'Production']);
    const knowledge = await app.request('GET', '/console/api/tags', { token: owner.token, query: { type: 'knowledge' } });
    expect(knowledge.body).toEqual([expect.objectContaining({ name: 'Production', type: 'knowledge', binding_count: '0' })]);
    const keyword = await app.request('GET', '/console/api/tags', { token: owner.token, query: { type: 'app', keyword: 'prod' } });
    expect(keyword.body.map((t: { id: string }) => t.id)).toEqual([first.body.id]);
    expect((await app.request('GET', '/console/api/tags', { token: owner.token, query: { type: 'app', keyword: '%' } })).body).toEqual([]);
    expect((await app.request('GET', '/console/api/tags', { token: owner.token })).body).toEqual([]);

    const renamed = await app.request('PATCH', `/console/api/tags/${second.body.id}`, { token: owner.token, json: { name: 'Preview' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ id: second.body.id, name: 'Preview', type: 'app', binding_count: '0' });

    const deleted = await app.request('DELETE', `/console/api/tags/${second.body.id}`, { token: owner.token });
    expect(deleted.status).toBe(204);
    expect(await app.deps.db.select().from(tags).where(eq(tags.id, second.body.id))).toEqual([]);
    expect((await app.request('DELETE', `/console/api/tags/${second.body.id}`, { token: owner.token })).body).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('refuses duplicate names per type and bad names, writing nothing', async () => {
    await createTag(owner, 'Unique');
    const duplicate = await createTag(owner, 'Unique');
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toMatchObject({ code: 'invalid_param', message: 'Tag name already exists' });
    const other1 = await createTag(owner, 'Other one');
    const renameClash = await app.request('PATCH', `/console/api/tags/${other1.body.id}`, { token: owner.token, json: { name: 'Unique' } });
    expect(renameClash.status).toBe(400);
    for (const json of [{ name: '', type: 'app' }, { name: 'x'.repeat(51), type: 'app' }, { name: 'ok', type: 'dataset' }, { type: 'app' }]) {
      const res = await app.request('POST', '/console/api/tags', { token: owner.token, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.body.code).toBe('invalid_param');
    }
    const rows = await app.deps.db.select().from(tags).where(eq(tags.workspaceId, owner.workspaceId));
    expect(rows.filter((t) => t.name === 'Unique' && t.type === 'app')).toHaveLength(1);
    expect(rows.find((t) => t.name === 'ok')).toBeUndefined();
  });

  it('binds and unbinds tags on apps, counting bindings and showing tags on the app', async () => {
    const target = await createAppAs(app, owner, { name: 'Tagged' });
    const a = (await createTag(owner, 'bind-a')).body;
    const b = (await createTag(owner, 'bind-b')).body;
    const bind = await app.request('POST', '/console/api/tag-bindings/create', {
      token: owner.token,
      json: { tag_ids: [a.id, b.id], target_id: target.id, type: 'app' },
    });
    expect(bind.status).toBe(200);
    expect(bind.body).toEqual({ result: 'success' });
    const again = await app.request('POST', '/console/api/tag-bindings', { token: owner.token, json: { tag_ids: [a.id], target_id: target.id, type: 'app' } });
    expect(again.body).toEqual({ result: 'success' });
    expect(await bindingsOf(target.id)).toHaveLength(2);

    const detail = await app.request('GET', `/console/api/apps/${target.id}`, { token: owner.token });
    expect(detail.body.tags.map((t: { name: string }) => t.name).sort()).toEqual(['bind-a', 'bind-b']);
    expect(detail.body.tags[0]).toEqual({ id: expect.any(String), name: expect.any(String), type: 'app' });
    const listed = await app.request('GET', '/console/api/tags', { token: owner.token, query: { type: 'app', keyword: 'bind-' } });
    expect(listed.body.map((t: { binding_count: string }) => t.binding_count)).toEqual(['1', '1']);

    const legacy = await app.request('POST', '/console/api/tag-bindings/remove', { token: owner.token, json: { tag_id: a.id, target_id: target.id, type: 'app' } });
    expect(legacy.body).toEqual({ result: 'success' });
    const current = await app.request('POST', '/console/api/tag-bindings/remove', { token: owner.token, json: { tag_ids: [b.id], target_id: target.id, type: 'app' } });
    expect(current.status).toBe(200);
    expect(await bindingsOf(target.id)).toHaveLength(0);
    const noop = await app.request('POST', '/console/api/tag-bindings/remove', { token: owner.token, json: { tag_ids: [b.id], target_id: target.id, type: 'app' } });
    expect(noop.status).toBe(200);
    const neither = await app.request('POST', '/console/api/tag-bindings/remove', { token: owner.token, json: { target_id: target.id, type: 'app' } });
    expect(neither.status).toBe(400);
    expect(neither.body.message).toMatch(/^tag_ids/);
  });

  it('refuses binding targets and tags that are not the workspace own, or of another type', async () => {
    const mine = await createAppAs(app, owner, { name: 'Mine' });
    const theirs = await createAppAs(app, other, { name: 'Theirs' });
    const myTag = (await createTag(owner, 'mine-tag')).body;
    const theirTag = (await createTag(other, 'their-tag')).body;
    const knowledgeTag = (await createTag(owner, 'kb-tag', 'knowledge')).body;
    const cases: [Record<string, unknown>, string][] = [
      [{ tag_ids: [myTag.id], target_id: theirs.id, type: 'app' }, 'App not found'],
      [{ tag_ids: [theirTag.id], target_id: mine.id, type: 'app' }, 'Tag not found'],
      [{ tag_ids: [knowledgeTag.id], target_id: mine.id, type: 'app' }, 'Tag not found'],
      [{ tag_ids: [knowledgeTag.id], target_id: mine.id, type: 'knowledge' }, 'Dataset not found'],
    ];
    for (const [json, message] of cases) {
      const res = await app.request('POST', '/console/api/tag-bindings/create', { token: owner.token, json });
      expect(res.status, message).toBe(404);
      expect(res.body).toMatchObject({ code: 'not_found', message });
    }
    expect(await bindingsOf(mine.id)).toHaveLength(0);
    expect(await bindingsOf(theirs.id)).toHaveLength(0);

    await app.request('POST', '/console/api/tag-bindings/create', { token: other.token, json: { tag_ids: [theirTag.id], target_id: theirs.id, type: 'app' } });
    const unbindForeign = await app.request('POST', '/console/api/tag-bindings/remove', { token: owner.token, json: { tag_ids: [theirTag.id], target_id: theirs.id, type: 'app' } });
    expect(unbindForeign.status).toBe(404);
    expect(await bindingsOf(theirs.id)).toHaveLength(1);
  });

  it('answers 404 for another workspace tag on rename and delete, and changes nothing', async () => {
    const tag = (await createTag(owner, 'private')).body;
    const rename = await app.request('PATCH', `/console/api/tags/${tag.id}`, { token: other.token, json: { name: 'pwned' } });
    expect(rename.status).toBe(404);
    expect(rename.body).toMatchObject({ code: 'not_found', message: 'Tag not found' });
    expect((await app.request('DELETE', `/console/api/tags/${tag.id}`, { token: other.token })).status).toBe(404);
    const [row] = await app.deps.db.select().from(tags).where(eq(tags.id, tag.id));
    expect(row).toMatchObject({ name: 'private', workspaceId: owner.workspaceId });
    const listed = await app.request('GET', '/console/api/tags', { token: other.token, query: { type: 'app' } });
    expect(listed.body.find((t: { id: string }) => t.id === tag.id)).toBeUndefined();
  });

  it('lets dataset operators manage tags but not delete them, and keeps normal members to reading', async () => {
    const target = await createAppAs(app, owner, { name: 'Roles' });
    const normal = await seedMember(app, owner.workspaceId, 'normal');
    const operator = await seedMember(app, owner.workspaceId, 'dataset_operator');
    const editor = await seedMember(app, owner.workspaceId, 'editor');
    const tag = (await createTag(operator, 'by-operator')).body;
    expect(tag.name).toBe('by-operator');
    expect((await app.request('GET', '/console/api/tags', { token: normal.token, query: { type: 'app' } })).status).toBe(200);
    const refused: [string, string, Record<string, unknown>][] = [
      ['POST', '/console/api/tags', { name: 'nope', type: 'app' }],
      ['PATCH', `/console/api/tags/${tag.id}`, { name: 'nope' }],
      ['DELETE', `/console/api/tags/${tag.id}`, {}],
      ['POST', '/console/api/tag-bindings/create', { tag_ids: [tag.id], target_id: target.id, type: 'app' }],
      ['POST', '/console/api/tag-bindings/remove', { tag_ids: [tag.id], target_id: target.id, type: 'app' }],
    ];
    for (const [method, path, json] of refused) {
      const res = await app.request(method, path, { token: normal.token, json });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect((await app.request('DELETE', `/console/api/tags/${tag.id}`, { token: operator.token })).status).toBe(403);
    expect((await app.request('DELETE', `/console/api/tags/${tag.id}`, { token: editor.token })).status).toBe(204);
  });
});
