import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accounts, apiTokens, apps, sites, tagBindings, tags, workspaces } from '@tessera/db';
import { settledKeyTouches } from '../../../auth/key-last-used';
import { sha256Hex } from '../../../auth/tokens';
import { seedMember, seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { createAppAs, createKeyAs } from '../../console/apps/test-helpers';

describe('service API app key auth, /v1/info and /v1/site', () => {
  const fx = useIntegrationFixture();

  const info = (headers: Record<string, string>) => fx.app.request('GET', '/v1/info', { headers });
  /** A key's use is written after the answer; the test waits for it like the console listing does. */
  const lastUsed = async (id: string) => {
    await settledKeyTouches(fx.app.deps);
    return (await fx.app.deps.db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0]?.lastUsedAt;
  };

  it("answers /v1/info with the key's app, its tag names and author", async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Helpdesk', description: 'Answers tickets', mode: 'advanced-chat' });
    const [tag] = await fx.app.deps.db.insert(tags).values({ workspaceId: fx.owner.workspaceId, type: 'app', name: 'support' }).returning();
    await fx.app.deps.db.insert(tagBindings).values({ workspaceId: fx.owner.workspaceId, tagId: tag!.id, targetId: created.id });
    const key = await createKeyAs(fx.app, fx.owner, created.id);
    const res = await info({ Authorization: `Bearer ${key.token}` });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ name: 'Helpdesk', description: 'Answers tickets', tags: ['support'], mode: 'advanced-chat', author_name: 'Owner' });
    const lower = await info({ Authorization: `bearer   ${key.token}` });
    expect(lower.status).toBe(200);
  });

  it("answers /v1/site with the app's web-app settings", async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Site app', icon: '🐳', icon_background: '#D1E9FF' });
    await fx.app.deps.db.update(sites).set({ copyright: '© Acme', chatColorTheme: '#123456' }).where(eq(sites.appId, created.id));
    const key = await createKeyAs(fx.app, fx.owner, created.id);
    const res = await fx.app.request('GET', '/v1/site', { token: key.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      title: 'Site app',
      chat_color_theme: '#123456',
      chat_color_theme_inverted: false,
      icon_type: 'emoji',
      icon: '🐳',
      icon_background: '#D1E9FF',
      icon_url: null,
      description: null,
      copyright: '© Acme',
      privacy_policy: null,
      custom_disclaimer: '',
      default_language: 'en-US',
      show_workflow_steps: true,
      use_icon_as_answer_icon: false,
    });
  });

  it('refuses a missing or malformed Authorization header with 401 and WWW-Authenticate', async () => {
    const cases: [Record<string, string>, string][] = [
      [{}, "Authorization header must be provided and start with 'Bearer'"],
      [{ Authorization: 'Bearer' }, "Authorization header must be provided and start with 'Bearer'"],
      [{ Authorization: 'app-abc' }, "Authorization header must be provided and start with 'Bearer'"],
      [{ Authorization: 'Basic app-abc' }, "Authorization scheme must be 'Bearer'"],
      [{ Authorization: 'Bearer app-unknownunknownunknown0' }, 'Access token is invalid'],
    ];
    for (const [headers, message] of cases) {
      const res = await info(headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.body).toEqual({ code: 'unauthorized', message, status: 401 });
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"');
    }
  });

  it('refuses a console token and a dataset key as invalid app keys', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const res = await info({ Authorization: `Bearer ${fx.owner.token}` });
    expect(res.status).toBe(401);
    await fx.app.deps.db.insert(apiTokens).values({
      workspaceId: fx.owner.workspaceId,
      appId: created.id,
      type: 'dataset',
      tokenHash: sha256Hex('dataset-abcdefabcdefabcdefabcdef'),
      tokenHint: 'dataset-…',
    });
    expect((await info({ Authorization: 'Bearer dataset-abcdefabcdefabcdefabcdef' })).body.message).toBe('Access token is invalid');
  });

  it("answers 401 for a deleted app's key", async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const key = await createKeyAs(fx.app, fx.owner, created.id);
    expect((await info({ Authorization: `Bearer ${key.token}` })).status).toBe(200);
    expect((await fx.app.request('DELETE', `/console/api/apps/${created.id}`, { token: fx.owner.token })).status).toBe(204);
    const res = await info({ Authorization: `Bearer ${key.token}` });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ code: 'unauthorized', message: 'Access token is invalid', status: 401 });
    expect((await fx.app.request('GET', '/v1/site', { token: key.token })).status).toBe(401);
  });

  it('answers 403 when the API is turned off, and works again once it is on', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const key = await createKeyAs(fx.app, fx.owner, created.id);
    await fx.app.request('POST', `/console/api/apps/${created.id}/api-enable`, { token: fx.owner.token, json: { enable_api: false } });
    const off = await info({ Authorization: `Bearer ${key.token}` });
    expect(off.status).toBe(403);
    expect(off.body).toEqual({ code: 'forbidden', message: "The app's API service has been disabled.", status: 403 });
    expect((await fx.app.request('GET', '/v1/site', { token: key.token })).status).toBe(403);
    await fx.app.request('POST', `/console/api/apps/${created.id}/api-enable`, { token: fx.owner.token, json: { enable_api: true } });
    expect((await info({ Authorization: `Bearer ${key.token}` })).status).toBe(200);
  });

  it('answers 403 for an archived workspace and 401 when the workspace has no active owner', async () => {
    const tenant = await seedWorkspace(fx.app, 'archived');
    const created = await createAppAs(fx.app, tenant);
    const key = await createKeyAs(fx.app, tenant, created.id);
    await fx.app.deps.db.update(accounts).set({ status: 'banned' }).where(eq(accounts.id, tenant.accountId));
    const noOwner = await info({ Authorization: `Bearer ${key.token}` });
    expect(noOwner.status).toBe(401);
    expect(noOwner.body.code).toBe('unauthorized');
    await fx.app.deps.db.update(accounts).set({ status: 'active' }).where(eq(accounts.id, tenant.accountId));
    await fx.app.deps.db.update(workspaces).set({ status: 'archive' }).where(eq(workspaces.id, tenant.workspaceId));
    const archived = await info({ Authorization: `Bearer ${key.token}` });
    expect(archived.status).toBe(403);
    expect(archived.body).toEqual({ code: 'forbidden', message: "The workspace's status is archived.", status: 403 });
  });

  it('records last_used_at on use, at most once a minute', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const key = await createKeyAs(fx.app, fx.owner, created.id);
    expect(await lastUsed(key.id)).toBeNull();
    await info({ Authorization: `Bearer ${key.token}` });
    const first = await lastUsed(key.id);
    expect(first).toBeInstanceOf(Date);
    fx.app.advanceClock(30_000);
    await info({ Authorization: `Bearer ${key.token}` });
    expect((await lastUsed(key.id))!.getTime()).toBe(first!.getTime());
    fx.app.advanceClock(31_000);
    await info({ Authorization: `Bearer ${key.token}` });
    expect((await lastUsed(key.id))!.getTime()).toBeGreaterThan(first!.getTime());
    const listed = await fx.app.request('GET', `/console/api/apps/${created.id}/api-keys`, { token: fx.owner.token });
    expect(listed.body.data[0].last_used_at).toBe(Math.floor((await lastUsed(key.id))!.getTime() / 1000));
  });

  it('keeps each key to its own app across workspaces', async () => {
    const tenant = await seedWorkspace(fx.app, 'tenant-b');
    const mine = await createAppAs(fx.app, fx.owner, { name: 'Owner app' });
    const theirs = await createAppAs(fx.app, tenant, { name: 'Tenant app' });
    const myKey = await createKeyAs(fx.app, fx.owner, mine.id);
    const theirKey = await createKeyAs(fx.app, tenant, theirs.id);
    expect((await info({ Authorization: `Bearer ${myKey.token}` })).body.name).toBe('Owner app');
    expect((await info({ Authorization: `Bearer ${theirKey.token}` })).body.name).toBe('Tenant app');
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    expect((await fx.app.request('GET', `/console/api/apps/${theirs.id}/api-keys`, { token: editor.token })).status).toBe(404);
    expect((await fx.app.deps.db.select().from(apps).where(eq(apps.id, theirs.id))).length).toBe(1);
  });
});
