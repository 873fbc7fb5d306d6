import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { tagBindings, tags } from '@tessera/db';
import { seedMember, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { createAppAs } from '../apps/test-helpers';

describe('console tags and tag bindings', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });

  const createTag = (user: SeededUser, name: string, type = 'app') =>
    fx.app.request('POST', '/console/api/tags', { token: user.token, json: { name, type } });
  const bindingsOf = (targetId: string) => fx.app.deps.db.select().from(tagBindings).where(eq(tagBindings.targetId, targetId));

  it('creates, lists (newest first, by type and keyword), renames and deletes tags', async () => {
    const first = await createTag(fx.owner, 'Production');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ id: expect.any(String), name: 'Production', type: 'app', binding_count: '0' });
    const second = await createTag(fx.owner, 'Staging');
    await createTag(fx.owner, 'Production', 'knowledge');

    const list = await fx.app.request('GET', '/console/api/tags', { token: fx.owner.token, query: { type: 'app' } });
    expect(list.status).toBe(200);
    expect(list.body.map((t: { name: string }) => t.name)).toEqual(['Staging', 'Production']);
    const knowledge = await fx.app.request('GET', '/console/api/tags', { token: fx.owner.token, query: { type: 'knowledge' } });
    expect(knowledge.body).toEqual([expect.objectContaining({ name: 'Production', type: 'knowledge', binding_count: '0' })]);
    const keyword = await fx.app.request('GET', '/console/api/tags', { token: fx.owner.token, query: { type: 'app', keyword: 'prod' } });
    expect(keyword.body.map((t: { id: string }) => t.id)).toEqual([first.body.id]);
    expect((await fx.app.request('GET', '/console/api/tags', { token: fx.owner.token, query: { type: 'app', keyword: '%' } })).body).toEqual([]);
    expect((await fx.app.request('GET', '/console/api/tags', { token: fx.owner.token })).body).toEqual([]);

    const renamed = await fx.app.request('PATCH', `/console/api/tags/${second.body.id}`, { token: fx.owner.token, json: { name: 'Preview' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ id: second.body.id, name: 'Preview', type: 'app', binding_count: '0' });

    const deleted = await fx.app.request('DELETE', `/console/api/tags/${second.body.id}`, { token: fx.owner.token });
    expect(deleted.status).toBe(204);
    expect(await fx.app.deps.db.select().from(tags).where(eq(tags.id, second.body.id))).toEqual([]);
    expect((await fx.app.request('DELETE', `/console/api/tags/${second.body.id}`, { token: fx.owner.token })).body).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('refuses duplicate names per type and bad names, writing nothing', async () => {
    await createTag(fx.owner, 'Unique');
    const duplicate = await createTag(fx.owner, 'Unique');
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toMatchObject({ code: 'invalid_param', message: 'Tag name already exists' });
    const other1 = await createTag(fx.owner, 'Other one');
    const renameClash = await fx.app.request('PATCH', `/console/api/tags/${other1.body.id}`, { token: fx.owner.token, json: { name: 'Unique' } });
    expect(renameClash.status).toBe(400);
    for (const json of [{ name: '', type: 'app' }, { name: 'x'.repeat(51), type: 'app' }, { name: 'ok', type: 'dataset' }, { type: 'app' }]) {
      const res = await fx.app.request('POST', '/console/api/tags', { token: fx.owner.token, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.body.code).toBe('invalid_param');
    }
    const rows = await fx.app.deps.db.select().from(tags).where(eq(tags.workspaceId, fx.owner.workspaceId));
    expect(rows.filter((t) => t.name === 'Unique' && t.type === 'app')).toHaveLength(1);
    expect(rows.find((t) => t.name === 'ok')).toBeUndefined();
  });

  it('binds and unbinds tags on apps, counting bindings and showing tags on the app', async () => {
    const target = await createAppAs(fx.app, fx.owner, { name: 'Tagged' });
    const a = (await createTag(fx.owner, 'bind-a')).body;
    const b = (await createTag(fx.owner, 'bind-b')).body;
    const bind = await fx.app.request('POST', '/console/api/tag-bindings/create', {
      token: fx.owner.token,
      json: { tag_ids: [a.id, b.id], target_id: target.id, type: 'app' },
    });
    expect(bind.status).toBe(200);
    expect(bind.body).toEqual({ result: 'success' });
    const again = await fx.app.request('POST', '/console/api/tag-bindings', { token: fx.owner.token, json: { tag_ids: [a.id], target_id: target.id, type: 'app' } });
    expect(again.body).toEqual({ result: 'success' });
    expect(await bindingsOf(target.id)).toHaveLength(2);

    const detail = await fx.app.request('GET', `/console/api/apps/${target.id}`, { token: fx.owner.token });
    expect(detail.body.tags.map((t: { name: string }) => t.name).sort()).toEqual(['bind-a', 'bind-b']);
    expect(detail.body.tags[0]).toEqual({ id: expect.any(String), name: expect.any(String), type: 'app' });
    const listed = await fx.app.request('GET', '/console/api/tags', { token: fx.owner.token, query: { type: 'app', keyword: 'bind-' } });
    expect(listed.body.map((t: { binding_count: string }) => t.binding_count)).toEqual(['1', '1']);

    const legacy = await fx.app.request('POST', '/console/api/tag-bindings/remove', { token: fx.owner.token, json: { tag_id: a.id, target_id: target.id, type: 'app' } });
    expect(legacy.body).toEqual({ result: 'success' });
    const current = await fx.app.request('POST', '/console/api/tag-bindings/remove', { token: fx.owner.token, json: { tag_ids: [b.id], target_id: target.id, type: 'app' } });
    expect(current.status).toBe(200);
    expect(await bindingsOf(target.id)).toHaveLength(0);
    const noop = await fx.app.request('POST', '/console/api/tag-bindings/remove', { token: fx.owner.token, json: { tag_ids: [b.id], target_id: target.id, type: 'app' } });
    expect(noop.status).toBe(200);
    const neither = await fx.app.request('POST', '/console/api/tag-bindings/remove', { token: fx.owner.token, json: { target_id: target.id, type: 'app' } });
    expect(neither.status).toBe(400);
    expect(neither.body.message).toMatch(/^tag_ids/);
  });

  it('refuses binding targets and tags that are not the workspace own, or of another type', async () => {
    const mine = await createAppAs(fx.app, fx.owner, { name: 'Mine' });
    const theirs = await createAppAs(fx.app, fx.other, { name: 'Theirs' });
    const myTag = (await createTag(fx.owner, 'mine-tag')).body;
    const theirTag = (await createTag(fx.other, 'their-tag')).body;
    const knowledgeTag = (await createTag(fx.owner, 'kb-tag', 'knowledge')).body;
    const cases: [Record<string, unknown>, string][] = [
      [{ tag_ids: [myTag.id], target_id: theirs.id, type: 'app' }, 'App not found'],
      [{ tag_ids: [theirTag.id], target_id: mine.id, type: 'app' }, 'Tag not found'],
      [{ tag_ids: [knowledgeTag.id], target_id: mine.id, type: 'app' }, 'Tag not found'],
      [{ tag_ids: [knowledgeTag.id], target_id: mine.id, type: 'knowledge' }, 'Dataset not found'],
    ];
    for (const [json, message] of cases) {
      const res = await fx.app.request('POST', '/console/api/tag-bindings/create', { token: fx.owner.token, json });
      expect(res.status, message).toBe(404);
      expect(res.body).toMatchObject({ code: 'not_found', message });
    }
    expect(await bindingsOf(mine.id)).toHaveLength(0);
    expect(await bindingsOf(theirs.id)).toHaveLength(0);

    await fx.app.request('POST', '/console/api/tag-bindings/create', { token: fx.other.token, json: { tag_ids: [theirTag.id], target_id: theirs.id, type: 'app' } });
    const unbindForeign = await fx.app.request('POST', '/console/api/tag-bindings/remove', { token: fx.owner.token, json: { tag_ids: [theirTag.id], target_id: theirs.id, type: 'app' } });
    expect(unbindForeign.status).toBe(404);
    expect(await bindingsOf(theirs.id)).toHaveLength(1);
  });

  it('answers 404 for another workspace tag on rename and delete, and changes nothing', async () => {
    const tag = (await createTag(fx.owner, 'private')).body;
    const rename = await fx.app.request('PATCH', `/console/api/tags/${tag.id}`, { token: fx.other.token, json: { name: 'pwned' } });
    expect(rename.status).toBe(404);
    expect(rename.body).toMatchObject({ code: 'not_found', message: 'Tag not found' });
    expect((await fx.app.request('DELETE', `/console/api/tags/${tag.id}`, { token: fx.other.token })).status).toBe(404);
    const [row] = await fx.app.deps.db.select().from(tags).where(eq(tags.id, tag.id));
    expect(row).toMatchObject({ name: 'private', workspaceId: fx.owner.workspaceId });
    const listed = await fx.app.request('GET', '/console/api/tags', { token: fx.other.token, query: { type: 'app' } });
    expect(listed.body.find((t: { id: string }) => t.id === tag.id)).toBeUndefined();
  });

  it('lets dataset operators manage tags but not delete them, and keeps normal members to reading', async () => {
    const target = await createAppAs(fx.app, fx.owner, { name: 'Roles' });
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const operator = await seedMember(fx.app, fx.owner.workspaceId, 'dataset_operator');
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    const tag = (await createTag(operator, 'by-operator')).body;
    expect(tag.name).toBe('by-operator');
    expect((await fx.app.request('GET', '/console/api/tags', { token: normal.token, query: { type: 'app' } })).status).toBe(200);
    const refused: [string, string, Record<string, unknown>][] = [
      ['POST', '/console/api/tags', { name: 'nope', type: 'app' }],
      ['PATCH', `/console/api/tags/${tag.id}`, { name: 'nope' }],
      ['DELETE', `/console/api/tags/${tag.id}`, {}],
      ['POST', '/console/api/tag-bindings/create', { tag_ids: [tag.id], target_id: target.id, type: 'app' }],
      ['POST', '/console/api/tag-bindings/remove', { tag_ids: [tag.id], target_id: target.id, type: 'app' }],
    ];
    for (const [method, path, json] of refused) {
      const res = await fx.app.request(method, path, { token: normal.token, json });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect((await fx.app.request('DELETE', `/console/api/tags/${tag.id}`, { token: operator.token })).status).toBe(403);
    expect((await fx.app.request('DELETE', `/console/api/tags/${tag.id}`, { token: editor.token })).status).toBe(204);
  });
});
