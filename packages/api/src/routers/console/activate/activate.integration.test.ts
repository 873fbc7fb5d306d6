import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accounts, oneTimeTokens, workspaceMembers } from '@tessera/db';
import { login, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

describe('invitation acceptance', () => {
  const fx = useIntegrationFixture();

  /** Invites `email` as `role` and returns the token from the activation link. */
  async function invite(email: string, role = 'editor', by: SeededUser = fx.owner): Promise<string> {
    const res = await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
      token: by.token,
      json: { emails: [email], role },
    });
    expect(res.status).toBe(201);
    expect(res.body.invitation_results[0].status).toBe('success');
    return new URL(res.body.invitation_results[0].url).searchParams.get('token')!;
  }
  const accountByEmail = async (email: string) => (await fx.app.deps.db.select().from(accounts).where(eq(accounts.email, email)))[0];
  const activation = (token: string, extra: Record<string, unknown> = {}) => ({
    token,
    name: 'Ivy Invitee',
    interface_language: 'zh-Hans',
    timezone: 'Europe/Berlin',
    ...extra,
  });

  it('checks a link, activates the account with a password once, and lets it sign in', async () => {
    const email = 'ivy@example.com';
    const token = await invite(email);
    const check = await fx.app.request('GET', '/console/api/activate/check', { query: { email, token } });
    expect(check.status).toBe(200);
    expect(check.body).toEqual({
      is_valid: true,
      data: { workspace_name: "Owner's Workspace", workspace_id: fx.owner.workspaceId, email },
    });
    const withWorkspace = await fx.app.request('GET', '/console/api/activate/check', {
      query: { workspace_id: fx.owner.workspaceId, email: 'IVY@Example.com', token },
    });
    expect(withWorkspace.body.is_valid).toBe(true);

    const res = await fx.app.request('POST', '/console/api/activate', { json: activation(token, { email, password: 'Invit3d-pass' }) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: 'success' });
    const account = await accountByEmail(email);
    expect(account).toMatchObject({ status: 'active', name: 'Ivy Invitee', interfaceLanguage: 'zh-Hans', timezone: 'Europe/Berlin', interfaceTheme: 'light' });
    expect(account!.initializedAt).toBeInstanceOf(Date);
    const [tokenRow] = await fx.app.deps.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.token, token));
    expect(tokenRow!.usedAt).toBeInstanceOf(Date);

    const accessToken = await login(fx.app, email, 'Invit3d-pass');
    const current = await fx.app.request('POST', '/console/api/workspaces/current', { token: accessToken });
    expect(current.body).toMatchObject({ id: fx.owner.workspaceId, role: 'editor' });

    const again = await fx.app.request('POST', '/console/api/activate', { json: activation(token, { name: 'Mallory' }) });
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ code: 'already_activate', status: 403 });
    expect((await accountByEmail(email))?.name).toBe('Ivy Invitee');
    const recheck = await fx.app.request('GET', '/console/api/activate/check', { query: { email, token } });
    expect(recheck.body).toEqual({ is_valid: false });
  });

  it('activates without a password when none is given (Dify clients)', async () => {
    const token = await invite('nopass@example.com', 'normal');
    const res = await fx.app.request('POST', '/console/api/activate', { json: activation(token, { workspace_id: fx.owner.workspaceId }) });
    expect(res.status).toBe(200);
    const account = await accountByEmail('nopass@example.com');
    expect(account).toMatchObject({ status: 'active', passwordHash: null });
  });

  it('does not accept a link for another email or workspace, an unknown token or a removed invitee', async () => {
    const token = await invite('checked@example.com');
    const cases: Array<Record<string, string>> = [
      { email: 'someone-else@example.com', token },
      { workspace_id: '00000000-0000-4000-8000-000000000000', token },
      { token: '00000000-0000-4000-8000-000000000000' },
    ];
    for (const query of cases) {
      const check = await fx.app.request('GET', '/console/api/activate/check', { query });
      expect(check.status).toBe(200);
      expect(check.body).toEqual({ is_valid: false });
      const res = await fx.app.request('POST', '/console/api/activate', { json: activation(query.token!, query) });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('already_activate');
    }
    expect((await accountByEmail('checked@example.com'))?.status).toBe('pending');

    const removedToken = await invite('removed@example.com');
    const removed = await accountByEmail('removed@example.com');
    // A member elsewhere too, so the account outlives the removal.
    const second = await fx.app.request('POST', '/console/api/workspaces', { token: fx.owner.token, json: { name: 'Second' } });
    await fx.app.deps.db.insert(workspaceMembers).values({ workspaceId: second.body.id, accountId: removed!.id, role: 'normal' });
    await fx.app.request('POST', '/console/api/workspaces/switch', { token: fx.owner.token, json: { tenant_id: fx.owner.workspaceId } });
    const del = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${removed!.id}`, { token: fx.owner.token });
    expect(del.status).toBe(200);
    const res = await fx.app.request('POST', '/console/api/activate', { json: activation(removedToken) });
    expect(res.status).toBe(403);
    expect((await accountByEmail('removed@example.com'))?.status).toBe('pending');
  });

  it('expires links after 72 hours', async () => {
    const token = await invite('late@example.com');
    fx.app.advanceClock(73 * 3_600_000);
    try {
      const check = await fx.app.request('GET', '/console/api/activate/check', { query: { token } });
      expect(check.body).toEqual({ is_valid: false });
      const res = await fx.app.request('POST', '/console/api/activate', { json: activation(token) });
      expect(res.status).toBe(403);
    } finally {
      fx.app.advanceClock(-73 * 3_600_000);
    }
    expect((await accountByEmail('late@example.com'))?.status).toBe('pending');
  });

  it('refuses an already active account with 403 already_activate', async () => {
    const token = await invite('active-now@example.com');
    await fx.app.deps.db.update(accounts).set({ status: 'active' }).where(eq(accounts.email, 'active-now@example.com'));
    const check = await fx.app.request('GET', '/console/api/activate/check', { query: { token } });
    expect(check.body).toEqual({ is_valid: false });
    const res = await fx.app.request('POST', '/console/api/activate', { json: activation(token) });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('already_activate');
  });

  it('validates name, language, timezone and password, writing nothing and keeping the link usable', async () => {
    const token = await invite('careful@example.com');
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ name: 'x'.repeat(31) }, 'name'],
      [{ name: '' }, 'name'],
      [{ interface_language: 'xx-XX' }, 'interface_language'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ password: 'short' }, 'password'],
      [{ password: 'lettersonly' }, 'password'],
    ];
    for (const [extra, field] of bad) {
      const res = await fx.app.request('POST', '/console/api/activate', { json: activation(token, extra) });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('invalid_param');
      expect(res.body.message).toMatch(new RegExp(`^${field}`));
    }
    const missingToken = await fx.app.request('POST', '/console/api/activate', { json: { name: 'A', interface_language: 'en-US', timezone: 'UTC' } });
    expect(missingToken.status).toBe(400);
    expect(missingToken.body.params).toBe('token');
    expect((await accountByEmail('careful@example.com'))?.status).toBe('pending');
    const ok = await fx.app.request('POST', '/console/api/activate', { json: activation(token, { timezone: 'UTC', interface_language: 'en-US' }) });
    expect(ok.status).toBe(200);
  });
});
