import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { workspaceMembers, workspaces } from '@tessera/db';
import { useIntegrationFixture } from '../../../testing/fixtures';

const KEY = 'inner-secret-key';
const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('inner API: enterprise workspaces', () => {
  const fx = useIntegrationFixture({ config: { innerApiKey: KEY } });

  const workspaceCount = async () => (await fx.app.deps.db.select().from(workspaces)).length;
  /** `key: null` sends no X-Inner-Api-Key header at all. */
  const post = (path: string, json: unknown, key: string | null = KEY) =>
    fx.app.request('POST', `/inner/api${path}`, { json, headers: key === null ? {} : { 'X-Inner-Api-Key': key } });

  it('refuses a missing or wrong X-Inner-Api-Key with 401, creating nothing', async () => {
    const before = await workspaceCount();
    for (const key of [null, '', 'wrong-key', `${KEY}x`]) {
      const res = await post('/enterprise/workspace/ownerless', { name: 'Nope' }, key);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'unauthorized', status: 401 });
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"');
    }
    // A console token is no inner credential.
    const console = await fx.app.request('POST', '/inner/api/enterprise/workspace', { token: fx.owner.token, json: { name: 'X', owner_email: fx.owner.email } });
    expect(console.status).toBe(401);
    expect(await workspaceCount()).toBe(before);
  });

  it('answers 401 on the whole surface when no inner key is configured', async () => {
    fx.app.deps.config.innerApiKey = undefined;
    try {
      for (const key of [null, KEY, '']) {
        const res = await post('/enterprise/workspace/ownerless', { name: 'Nope' }, key);
        expect(res.status).toBe(401);
        const owned = await post('/enterprise/workspace', { name: 'Nope', owner_email: fx.owner.email }, key);
        expect(owned.status).toBe(401);
      }
    } finally {
      fx.app.deps.config.innerApiKey = KEY;
    }
  });

  it('creates a workspace owned by an existing account', async () => {
    const res = await post('/enterprise/workspace', { name: 'Enterprise A', owner_email: fx.owner.email.toUpperCase() });
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('enterprise workspace created.');
    expect(Object.keys(res.body.tenant).sort()).toEqual(['created_at', 'custom_config', 'id', 'name', 'plan', 'status', 'updated_at']);
    expect(res.body.tenant).toMatchObject({ name: 'Enterprise A', plan: 'basic', status: 'normal', custom_config: null });
    expect(res.body.tenant.created_at).toMatch(ISO_Z);
    expect(res.body.tenant.updated_at).toMatch(ISO_Z);
    const members = await fx.app.deps.db.select().from(workspaceMembers).where(eq(workspaceMembers.workspaceId, res.body.tenant.id));
    expect(members.map((m) => [m.accountId, m.role, m.current])).toEqual([[fx.owner.accountId, 'owner', false]]);
    // The owner sees it among their workspaces, and their current one is unchanged.
    const list = await fx.app.request('GET', '/console/api/workspaces', { token: fx.owner.token });
    const listed = list.body.workspaces.find((w: { id: string }) => w.id === res.body.tenant.id);
    expect(listed).toMatchObject({ name: 'Enterprise A', current: false });
    const current = await fx.app.request('POST', '/console/api/workspaces/current', { token: fx.owner.token });
    expect(current.body.id).toBe(fx.owner.workspaceId);
  });

  it('answers 404 account_not_found for an unknown owner email, creating nothing', async () => {
    const before = await workspaceCount();
    const res = await post('/enterprise/workspace', { name: 'Orphan', owner_email: 'nobody@example.com' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'account_not_found', message: 'owner account not found.', status: 404 });
    expect(await workspaceCount()).toBe(before);
  });

  it('creates an ownerless workspace', async () => {
    const res = await post('/enterprise/workspace/ownerless', { name: 'Shared' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ message: 'enterprise workspace created.', tenant: { name: 'Shared', plan: 'basic', status: 'normal', custom_config: null } });
    expect(await fx.app.deps.db.select().from(workspaceMembers).where(eq(workspaceMembers.workspaceId, res.body.tenant.id))).toHaveLength(0);
    const [row] = await fx.app.deps.db.select().from(workspaces).where(eq(workspaces.id, res.body.tenant.id));
    expect(row?.name).toBe('Shared');
  });

  it('validates the body with invalid_param naming the field', async () => {
    const before = await workspaceCount();
    const noName = await post('/enterprise/workspace/ownerless', {});
    expect(noName.status).toBe(400);
    expect(noName.body).toMatchObject({ code: 'invalid_param', params: 'name' });
    const badEmail = await post('/enterprise/workspace', { name: 'A', owner_email: 'not-an-email' });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.params).toBe('owner_email');
    expect(await workspaceCount()).toBe(before);
  });
});
