import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { workspaceMembers, workspaces } from '@tessera/db';
import { seedMember, seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

const TENANT_INFO_KEYS = [
  'created_at',
  'custom_config',
  'id',
  'in_trial',
  'name',
  'next_credit_reset_date',
  'plan',
  'role',
  'status',
  'trial_credits',
  'trial_credits_used',
  'trial_end_reason',
];

describe('console workspaces', () => {
  const fx = useIntegrationFixture({ config: { adminApiKey: 'k' }, otherWorkspace: true });

  const currentOf = async (accountId: string) =>
    (await fx.app.deps.db.select().from(workspaceMembers).where(and(eq(workspaceMembers.accountId, accountId), eq(workspaceMembers.current, true)))).map(
      (row) => row.workspaceId,
    );

  it('answers tenant info on POST /workspaces/current, GET /workspaces/current and POST /info alike', async () => {
    const post = await fx.app.request('POST', '/console/api/workspaces/current', { token: fx.owner.token, json: {} });
    expect(post.status).toBe(200);
    expect(Object.keys(post.body).sort()).toEqual(TENANT_INFO_KEYS);
    expect(post.body).toMatchObject({
      id: fx.owner.workspaceId,
      name: "Owner's Workspace",
      plan: 'basic',
      status: 'normal',
      role: 'owner',
      in_trial: null,
      custom_config: { remove_webapp_brand: false, replace_webapp_logo: null },
      trial_credits: null,
    });
    expect(Number.isInteger(post.body.created_at)).toBe(true);
    const noBody = await fx.app.request('POST', '/console/api/workspaces/current', { token: fx.owner.token });
    const get = await fx.app.request('GET', '/console/api/workspaces/current', { token: fx.owner.token });
    const info = await fx.app.request('POST', '/console/api/info', { token: fx.owner.token });
    for (const res of [noBody, get, info]) {
      expect(res.status).toBe(200);
      expect(res.body).toEqual(post.body);
    }
    expect((await fx.app.request('POST', '/console/api/workspaces/current')).status).toBe(401);
  });

  it('shows custom_config to owners and admins only, and each caller their own role', async () => {
    const admin = await seedMember(fx.app, fx.owner.workspaceId, 'admin');
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    const asAdmin = await fx.app.request('POST', '/console/api/workspaces/current', { token: admin.token });
    expect(asAdmin.body.role).toBe('admin');
    expect(asAdmin.body.custom_config).toEqual({ remove_webapp_brand: false, replace_webapp_logo: null });
    const asEditor = await fx.app.request('POST', '/console/api/workspaces/current', { token: editor.token });
    expect(asEditor.body.role).toBe('editor');
    expect(asEditor.body.custom_config).toBeNull();
  });

  it('lists only the workspaces the caller belongs to, marking the current one', async () => {
    const res = await fx.app.request('GET', '/console/api/workspaces', { token: fx.owner.token });
    expect(res.status).toBe(200);
    expect(res.body.workspaces).toHaveLength(1);
    expect(res.body.workspaces[0]).toEqual({
      id: fx.owner.workspaceId,
      name: "Owner's Workspace",
      plan: 'basic',
      status: 'normal',
      created_at: expect.any(Number),
      current: true,
    });
    expect(res.body.workspaces.some((w: { id: string }) => w.id === fx.other.workspaceId)).toBe(false);
  });

  it('creates further workspaces owned by the caller, each becoming current', async () => {
    const user = await seedWorkspace(fx.app, 'creator');
    const first = await fx.app.request('POST', '/console/api/workspaces', { token: user.token, json: { name: '  Research  ' } });
    expect(first.status).toBe(201);
    expect(Object.keys(first.body).sort()).toEqual(TENANT_INFO_KEYS);
    expect(first.body).toMatchObject({ name: 'Research', role: 'owner', plan: 'basic', status: 'normal' });
    const second = await fx.app.request('POST', '/console/api/workspaces', { token: user.token, json: { name: 'Sales' } });
    expect(second.status).toBe(201);
    expect(await currentOf(user.accountId)).toEqual([second.body.id]);

    const owned = await fx.app.deps.db
      .select()
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.accountId, user.accountId), eq(workspaceMembers.role, 'owner')));
    expect(owned.map((m) => m.workspaceId).sort()).toEqual([user.workspaceId, first.body.id, second.body.id].sort());

    const current = await fx.app.request('POST', '/console/api/workspaces/current', { token: user.token });
    expect(current.body.id).toBe(second.body.id);
    const list = await fx.app.request('GET', '/console/api/workspaces', { token: user.token });
    expect(list.body.workspaces.map((w: { name: string; current: boolean }) => [w.name, w.current])).toEqual([
      ["creator's Workspace", false],
      ['Research', false],
      ['Sales', true],
    ]);
  });

  it('refuses an empty name and, when the install forbids it, any new workspace', async () => {
    const before = (await fx.app.deps.db.select().from(workspaces)).length;
    const empty = await fx.app.request('POST', '/console/api/workspaces', { token: fx.owner.token, json: { name: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'invalid_param', params: 'name' });
    fx.app.deps.config.allowCreateWorkspace = false;
    try {
      const refused = await fx.app.request('POST', '/console/api/workspaces', { token: fx.owner.token, json: { name: 'More' } });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'not_allowed_create_workspace', status: 403 });
    } finally {
      fx.app.deps.config.allowCreateWorkspace = true;
    }
    expect((await fx.app.deps.db.select().from(workspaces)).length).toBe(before);
  });

  it('switches between joined workspaces and refuses others with 403 account_not_link_tenant', async () => {
    const user = await seedWorkspace(fx.app, 'switcher');
    await fx.app.deps.db.insert(workspaceMembers).values({ workspaceId: fx.owner.workspaceId, accountId: user.accountId, role: 'editor' });

    const switched = await fx.app.request('POST', '/console/api/workspaces/switch', { token: user.token, json: { tenant_id: fx.owner.workspaceId } });
    expect(switched.status).toBe(200);
    expect(switched.body.result).toBe('success');
    expect(switched.body.new_tenant).toMatchObject({ id: fx.owner.workspaceId, role: 'editor', custom_config: null });
    expect(await currentOf(user.accountId)).toEqual([fx.owner.workspaceId]);
    const current = await fx.app.request('GET', '/console/api/workspaces/current', { token: user.token });
    expect(current.body).toMatchObject({ id: fx.owner.workspaceId, role: 'editor' });

    for (const tenantId of [fx.other.workspaceId, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const refused = await fx.app.request('POST', '/console/api/workspaces/switch', { token: user.token, json: { tenant_id: tenantId } });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'account_not_link_tenant', status: 403 });
    }
    expect(await currentOf(user.accountId)).toEqual([fx.owner.workspaceId]);

    const missing = await fx.app.request('POST', '/console/api/workspaces/switch', { token: user.token, json: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.params).toBe('tenant_id');
  });

  it('does not switch into an archived workspace', async () => {
    const user = await seedWorkspace(fx.app, 'archived');
    const extra = await fx.app.request('POST', '/console/api/workspaces', { token: user.token, json: { name: 'Old' } });
    await fx.app.deps.db.update(workspaces).set({ status: 'archive' }).where(eq(workspaces.id, extra.body.id));
    const refused = await fx.app.request('POST', '/console/api/workspaces/switch', { token: user.token, json: { tenant_id: extra.body.id } });
    expect(refused.status).toBe(403);
    const current = await fx.app.request('POST', '/console/api/workspaces/current', { token: user.token });
    expect(current.body.id).toBe(user.workspaceId);
    const list = await fx.app.request('GET', '/console/api/workspaces', { token: user.token });
    expect(list.body.workspaces.map((w: { id: string }) => w.id)).toEqual([user.workspaceId]);
  });

  it('renames the current workspace for owners and admins only', async () => {
    const admin = await seedMember(fx.app, fx.other.workspaceId, 'admin');
    const renamed = await fx.app.request('POST', '/console/api/workspaces/info', { token: admin.token, json: { name: 'Renamed' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.result).toBe('success');
    expect(renamed.body.tenant).toMatchObject({ id: fx.other.workspaceId, name: 'Renamed', role: 'admin' });
    const [row] = await fx.app.deps.db.select().from(workspaces).where(eq(workspaces.id, fx.other.workspaceId));
    expect(row?.name).toBe('Renamed');

    for (const role of ['editor', 'normal', 'dataset_operator'] as const) {
      const member = await seedMember(fx.app, fx.other.workspaceId, role);
      const refused = await fx.app.request('POST', '/console/api/workspaces/info', { token: member.token, json: { name: 'Hijacked' } });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('forbidden');
    }
    const invalid = await fx.app.request('POST', '/console/api/workspaces/info', { token: admin.token, json: { name: '' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.params).toBe('name');
    const [after] = await fx.app.deps.db.select().from(workspaces).where(eq(workspaces.id, fx.other.workspaceId));
    expect(after?.name).toBe('Renamed');
    // Owner's workspace untouched by the other tenant's rename.
    const [mine] = await fx.app.deps.db.select().from(workspaces).where(eq(workspaces.id, fx.owner.workspaceId));
    expect(mine?.name).toBe("Owner's Workspace");
  });

  it('lists every workspace, newest first and paged, to the admin API key only', async () => {
    const total = (await fx.app.deps.db.select().from(workspaces)).length;
    const page1 = await fx.app.request('GET', '/console/api/all-workspaces', { token: 'k', query: { page: 1, limit: 2 } });
    expect(page1.status).toBe(200);
    expect(page1.body).toMatchObject({ page: 1, limit: 2, total, has_more: total > 2 });
    expect(page1.body.data).toHaveLength(2);
    expect(Object.keys(page1.body.data[0]).sort()).toEqual(['created_at', 'id', 'name', 'status']);
    const everything = await fx.app.request('GET', '/console/api/all-workspaces', { token: 'k', query: { limit: 100 } });
    expect(everything.body).toMatchObject({ page: 1, limit: 100, total, has_more: false });
    const ids = everything.body.data.map((w: { id: string }) => w.id);
    expect(ids).toContain(fx.owner.workspaceId);
    expect(ids).toContain(fx.other.workspaceId);
    const created = everything.body.data.map((w: { created_at: number }) => w.created_at);
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    expect(everything.body.data.slice(0, 2)).toEqual(page1.body.data);
    const last = await fx.app.request('GET', '/console/api/all-workspaces', { token: 'k', query: { page: Math.ceil(total / 2), limit: 2 } });
    expect(last.body.has_more).toBe(false);

    const asOwner = await fx.app.request('GET', '/console/api/all-workspaces', { token: fx.owner.token });
    expect(asOwner.status).toBe(403);
    expect(asOwner.body.code).toBe('forbidden');
    const anonymous = await fx.app.request('GET', '/console/api/all-workspaces');
    expect(anonymous.status).toBe(401);
    const wrongKey = await fx.app.request('GET', '/console/api/all-workspaces', { token: 'not-the-key' });
    expect(wrongKey.status).toBe(401);
    const badLimit = await fx.app.request('GET', '/console/api/all-workspaces', { token: 'k', query: { limit: 101 } });
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.params).toBe('limit');
  });
});
