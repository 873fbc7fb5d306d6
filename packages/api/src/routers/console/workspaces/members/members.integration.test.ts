import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, mailOutbox, oneTimeTokens, sessions, workspaceMembers } from '@tessera/db';
import { createAccount, seedMember, seedWorkspace, type SeededUser, TEST_PASSWORD } from '../../../../testing';
import { useIntegrationFixture } from '../../../../testing/fixtures';

const MEMBER_KEYS = ['avatar', 'avatar_url', 'created_at', 'email', 'id', 'last_active_at', 'last_login_at', 'name', 'role', 'status'];

describe('workspace members', () => {
  const fx = useIntegrationFixture();
  let otherOwner: SeededUser;
  let otherMember: SeededUser;
  beforeAll(async () => {
    otherOwner = await seedWorkspace(fx.app, 'b');
    otherMember = await seedMember(fx.app, otherOwner.workspaceId, 'normal');
  });

  const membership = async (workspaceId: string, accountId: string) =>
    (await fx.app.deps.db.select().from(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.accountId, accountId))))[0];
  const mailsTo = (email: string) => fx.app.deps.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
  const signIn = async (email: string) =>
    (await fx.app.request('POST', '/console/api/login', { json: { email, password: TEST_PASSWORD } })).body.data as {
      access_token: string;
      refresh_token: string;
    };
  const refresh = (refreshToken: string) =>
    fx.app.request('POST', '/console/api/refresh-token', { headers: { cookie: `refresh_token=${refreshToken}` } });

  it("lists the current workspace's members only, in Dify's shape", async () => {
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    const res = await fx.app.request('GET', '/console/api/workspaces/current/members', { token: editor.token });
    expect(res.status).toBe(200);
    const ids = res.body.accounts.map((a: { id: string }) => a.id);
    expect(ids[0]).toBe(fx.owner.accountId);
    expect(ids).toContain(editor.accountId);
    expect(ids).not.toContain(otherOwner.accountId);
    expect(ids).not.toContain(otherMember.accountId);
    const first = res.body.accounts[0];
    expect(Object.keys(first).sort()).toEqual(MEMBER_KEYS);
    expect(first).toMatchObject({ email: fx.owner.email, role: 'owner', status: 'active', avatar: null, avatar_url: null });
    expect(Number.isInteger(first.last_login_at)).toBe(true);
    expect(Number.isInteger(first.created_at)).toBe(true);

    const theirs = await fx.app.request('GET', '/console/api/workspaces/current/members', { token: otherOwner.token });
    expect(theirs.body.accounts.map((a: { id: string }) => a.id).sort()).toEqual([otherOwner.accountId, otherMember.accountId].sort());
  });

  it('turns an avatar upload id into a signed preview URL and keeps a URL as it is', async () => {
    const fileId = '3f2a4a5e-7c1d-4a8b-9e0f-123456789abc';
    const member = await seedMember(fx.app, otherOwner.workspaceId, 'editor');
    await fx.app.deps.db.update(accounts).set({ avatar: fileId }).where(eq(accounts.id, member.accountId));
    await fx.app.deps.db.update(accounts).set({ avatar: 'https://cdn.example.com/a.png' }).where(eq(accounts.id, otherMember.accountId));
    const res = await fx.app.request('GET', '/console/api/workspaces/current/members', { token: otherOwner.token });
    const byId = new Map(res.body.accounts.map((a: { id: string }) => [a.id, a]));
    const signed = byId.get(member.accountId) as { avatar: string; avatar_url: string };
    expect(signed.avatar).toBe(fileId);
    expect(signed.avatar_url).toMatch(new RegExp(`^http://localhost:3000/files/${fileId}/file-preview\\?timestamp=\\d+&nonce=[0-9a-f]{32}&sign=[A-Za-z0-9_-]+(%3D)*$`));
    expect((byId.get(otherMember.accountId) as { avatar_url: string }).avatar_url).toBe('https://cdn.example.com/a.png');
  });

  it('lists dataset operators only on /dataset-operators', async () => {
    const operator = await seedMember(fx.app, fx.owner.workspaceId, 'dataset_operator');
    await seedMember(fx.app, otherOwner.workspaceId, 'dataset_operator');
    const res = await fx.app.request('GET', '/console/api/workspaces/current/dataset-operators', { token: fx.owner.token });
    expect(res.status).toBe(200);
    expect(res.body.accounts.map((a: { id: string; role: string }) => [a.id, a.role])).toEqual([[operator.accountId, 'dataset_operator']]);
    expect(Object.keys(res.body.accounts[0]).sort()).toEqual(MEMBER_KEYS);
  });

  it('invites unknown emails as pending members with a mailed activation link', async () => {
    const res = await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
      token: fx.owner.token,
      json: { emails: ['New.Person@Example.com'], role: 'editor', language: 'en-US' },
    });
    expect(res.status).toBe(201);
    expect(res.body.result).toBe('success');
    expect(res.body.tenant_id).toBe(fx.owner.workspaceId);
    const [result] = res.body.invitation_results;
    expect(result.status).toBe('success');
    expect(result.email).toBe('new.person@example.com');
    const url = new URL(result.url);
    expect(`${url.origin}${url.pathname}`).toBe('http://localhost:3000/activate');
    expect(url.searchParams.get('email')).toBe('new.person@example.com');
    const token = url.searchParams.get('token')!;

    const [account] = await fx.app.deps.db.select().from(accounts).where(eq(accounts.email, 'new.person@example.com'));
    expect(account).toMatchObject({ status: 'pending', name: 'new.person', passwordHash: null });
    expect(await membership(fx.owner.workspaceId, account!.id)).toMatchObject({ role: 'editor', current: true, invitedBy: fx.owner.accountId });
    const [tokenRow] = await fx.app.deps.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.token, token));
    expect(tokenRow).toMatchObject({ type: 'invite_member', accountId: account!.id, email: 'new.person@example.com', usedAt: null });
    expect(tokenRow!.data).toEqual({ workspace_id: fx.owner.workspaceId });
    const ttlHours = (tokenRow!.expiresAt.getTime() - tokenRow!.createdAt.getTime()) / 3_600_000;
    expect(Math.round(ttlHours)).toBe(72);
    const mails = await mailsTo('new.person@example.com');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'invite_member', workspaceId: fx.owner.workspaceId });
    expect(mails[0]!.text).toContain(result.url);

    const list = await fx.app.request('GET', '/console/api/workspaces/current/members', { token: fx.owner.token });
    expect(list.body.accounts.find((a: { id: string }) => a.id === account!.id)).toMatchObject({ status: 'pending', role: 'editor' });
  });

  it('re-sends a link to a pending invitee, adds an active account with a sign-in link, and fails existing members', async () => {
    await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
      token: fx.owner.token,
      json: { emails: ['pending@example.com'], role: 'normal' },
    });
    const active = await createAccount(fx.app, 'active-elsewhere@example.com');
    const existing = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const res = await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
      token: fx.owner.token,
      json: { emails: ['pending@example.com', active.email, existing.email, fx.owner.email], role: 'admin' },
    });
    expect(res.status).toBe(201);
    const [pending, joined, already, self] = res.body.invitation_results;
    expect(pending).toMatchObject({ status: 'success', email: 'pending@example.com' });
    expect(pending.url).toContain('/activate?email=pending%40example.com&token=');
    expect(joined).toEqual({ status: 'success', email: active.email, url: 'http://localhost:3000/signin' });
    expect(already).toEqual({ status: 'failed', email: existing.email, message: 'Account already in workspace.' });
    expect(self).toEqual({ status: 'failed', email: fx.owner.email, message: 'Cannot operate self.' });
    expect(await membership(fx.owner.workspaceId, active.id)).toMatchObject({ role: 'admin', current: false });
    // The existing member keeps the role they had.
    expect((await membership(fx.owner.workspaceId, existing.accountId))?.role).toBe('normal');
    expect(await mailsTo('pending@example.com')).toHaveLength(2);
    expect(await mailsTo(active.email)).toHaveLength(0);
    // Only the newest link for the pending invitee works.
    const live = await fx.app.deps.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.email, 'pending@example.com'));
    expect(live.filter((t) => t.usedAt === null)).toHaveLength(1);
  });

  it('refuses an owner role with 400 invalid-role and bad emails with invalid_param, writing nothing', async () => {
    for (const role of ['owner', 'superuser']) {
      const res = await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
        token: fx.owner.token,
        json: { emails: ['role-test@example.com'], role },
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'invalid-role', status: 400 });
    }
    const badEmail = await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
      token: fx.owner.token,
      json: { emails: ['ok@example.com', 'not-an-email'], role: 'normal' },
    });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body).toMatchObject({ code: 'invalid_param', params: 'emails.1' });
    const empty = await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
      token: fx.owner.token,
      json: { emails: [], role: 'normal' },
    });
    expect(empty.status).toBe(400);
    for (const email of ['role-test@example.com', 'ok@example.com']) {
      expect(await fx.app.deps.db.select().from(accounts).where(eq(accounts.email, email))).toHaveLength(0);
    }
  });

  it('lets admins invite but not editors, normal members or dataset operators', async () => {
    const admin = await seedMember(fx.app, fx.owner.workspaceId, 'admin');
    const ok = await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
      token: admin.token,
      json: { emails: ['by-admin@example.com'], role: 'editor' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.invitation_results[0].status).toBe('success');
    for (const role of ['editor', 'normal', 'dataset_operator'] as const) {
      const member = await seedMember(fx.app, fx.owner.workspaceId, role);
      const refused = await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
        token: member.token,
        json: { emails: [`by-${role}@example.com`], role: 'normal' },
      });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('forbidden');
      expect(await fx.app.deps.db.select().from(accounts).where(eq(accounts.email, `by-${role}@example.com`))).toHaveLength(0);
    }
  });

  it('removes a member (owner only), ending their sessions at once when they belong nowhere else', async () => {
    const member = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    const before = await fx.app.request('GET', '/console/api/workspaces/current/members', { token: member.token });
    expect(before.status).toBe(200);
    const other = await signIn(member.email);

    const res = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${member.accountId}`, { token: fx.owner.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: 'success', tenant_id: fx.owner.workspaceId });
    expect(await membership(fx.owner.workspaceId, member.accountId)).toBeUndefined();
    // The same, still-valid access tokens no longer reach the workspace, and the refresh token mints nothing.
    for (const token of [member.token, other.access_token]) {
      const after = await fx.app.request('GET', '/console/api/workspaces/current/members', { token });
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('unauthorized_and_force_logout');
    }
    expect((await refresh(other.refresh_token)).status).toBe(401);
    expect(await fx.app.deps.db.select().from(sessions).where(eq(sessions.accountId, member.accountId))).toHaveLength(0);
    // Invited back, the old sign-ins stay ended.
    await fx.app.deps.db.insert(workspaceMembers).values({ workspaceId: fx.owner.workspaceId, accountId: member.accountId, role: 'editor' });
    expect((await fx.app.request('GET', '/console/api/workspaces/current/members', { token: member.token })).status).toBe(401);
    expect((await refresh(other.refresh_token)).status).toBe(401);
    await fx.app.deps.db.delete(workspaceMembers).where(eq(workspaceMembers.accountId, member.accountId));

    const again = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${member.accountId}`, { token: fx.owner.token });
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ code: 'member-not-found', status: 404 });
  });

  it('moves a removed member who belongs elsewhere to their other workspace, tokens and refresh tokens alike', async () => {
    const member = await seedWorkspace(fx.app, 'two-homes');
    await fx.app.deps.db.insert(workspaceMembers).values({ workspaceId: fx.owner.workspaceId, accountId: member.accountId, role: 'normal' });
    const switched = await fx.app.request('POST', '/console/api/workspaces/switch', { token: member.token, json: { tenant_id: fx.owner.workspaceId } });
    expect(switched.status).toBe(200);
    const tokens = await signIn(member.email);
    await fx.app.request('DELETE', `/console/api/workspaces/current/members/${member.accountId}`, { token: fx.owner.token });
    const current = await fx.app.request('POST', '/console/api/workspaces/current', { token: member.token });
    expect(current.status).toBe(200);
    expect(current.body.id).toBe(member.workspaceId);
    const list = await fx.app.request('GET', '/console/api/workspaces/current/members', { token: member.token });
    expect(list.body.accounts.map((a: { id: string }) => a.id)).not.toContain(fx.owner.accountId);
    const refreshed = await refresh(tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const there = await fx.app.request('POST', '/console/api/workspaces/current', { token: refreshed.body.data.access_token });
    expect(there.body.id).toBe(member.workspaceId);
    const back = await fx.app.request('POST', '/console/api/workspaces/switch', {
      token: refreshed.body.data.access_token,
      json: { tenant_id: fx.owner.workspaceId },
    });
    expect(back.status).toBe(403);
  });

  it('deletes a never-activated invitee with the removal and voids the link', async () => {
    const invite = await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
      token: fx.owner.token,
      json: { emails: ['to-cancel@example.com'], role: 'normal' },
    });
    const token = new URL(invite.body.invitation_results[0].url).searchParams.get('token')!;
    const [account] = await fx.app.deps.db.select().from(accounts).where(eq(accounts.email, 'to-cancel@example.com'));
    const res = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${account!.id}`, { token: fx.owner.token });
    expect(res.status).toBe(200);
    expect(await fx.app.deps.db.select().from(accounts).where(eq(accounts.id, account!.id))).toHaveLength(0);
    const check = await fx.app.request('GET', '/console/api/activate/check', { query: { email: 'to-cancel@example.com', token } });
    expect(check.body).toEqual({ is_valid: false });
  });

  it('refuses removal of oneself (400), by non-owners (403) and of strangers (404)', async () => {
    const admin = await seedMember(fx.app, fx.owner.workspaceId, 'admin');
    const target = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const self = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${fx.owner.accountId}`, { token: fx.owner.token });
    expect(self.status).toBe(400);
    expect(self.body).toMatchObject({ code: 'cannot-operate-self', message: 'Cannot operate self.' });
    const adminSelf = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${admin.accountId}`, { token: admin.token });
    expect(adminSelf.body.code).toBe('cannot-operate-self');
    for (const role of ['admin', 'editor'] as const) {
      const actor = role === 'admin' ? admin : await seedMember(fx.app, fx.owner.workspaceId, role);
      const refused = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${target.accountId}`, { token: actor.token });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('forbidden');
    }
    const unknown = await fx.app.request('DELETE', '/console/api/workspaces/current/members/00000000-0000-4000-8000-000000000000', { token: fx.owner.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('member-not-found');
    expect(await membership(fx.owner.workspaceId, target.accountId)).toBeDefined();
  });

  it("cannot remove or re-role another workspace's members, nor see them", async () => {
    const remove = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${otherMember.accountId}`, { token: fx.owner.token });
    expect(remove.status).toBe(404);
    expect(remove.body.code).toBe('member-not-found');
    const promote = await fx.app.request('PUT', `/console/api/workspaces/current/members/${otherMember.accountId}/update-role`, {
      token: fx.owner.token,
      json: { role: 'admin' },
    });
    expect(promote.status).toBe(404);
    const takeOver = await fx.app.request('PUT', `/console/api/workspaces/current/members/${otherOwner.accountId}/update-role`, {
      token: fx.owner.token,
      json: { role: 'normal' },
    });
    expect(takeOver.status).toBe(404);
    expect((await membership(otherOwner.workspaceId, otherMember.accountId))?.role).toBe('normal');
    expect((await membership(otherOwner.workspaceId, otherOwner.accountId))?.role).toBe('owner');
    // And the other workspace's owner cannot reach into this one either.
    const admin = await seedMember(fx.app, fx.owner.workspaceId, 'admin');
    const reverse = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${admin.accountId}`, { token: otherOwner.token });
    expect(reverse.status).toBe(404);
    expect(await membership(fx.owner.workspaceId, admin.accountId)).toBeDefined();
  });

  it("updates a member's role (owner only) and refuses invalid roles, oneself and non-owners", async () => {
    const member = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const ok = await fx.app.request('PUT', `/console/api/workspaces/current/members/${member.accountId}/update-role`, {
      token: fx.owner.token,
      json: { role: 'editor' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ result: 'success' });
    expect((await membership(fx.owner.workspaceId, member.accountId))?.role).toBe('editor');
    // The new role applies to the member's very next request.
    const seen = await fx.app.request('POST', '/console/api/workspaces/current', { token: member.token });
    expect(seen.body.role).toBe('editor');

    const invalid = await fx.app.request('PUT', `/console/api/workspaces/current/members/${member.accountId}/update-role`, {
      token: fx.owner.token,
      json: { role: 'root' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('invalid-role');
    const same = await fx.app.request('PUT', `/console/api/workspaces/current/members/${member.accountId}/update-role`, {
      token: fx.owner.token,
      json: { role: 'editor' },
    });
    expect(same.status).toBe(400);
    expect(same.body.code).toBe('invalid_param');
    const self = await fx.app.request('PUT', `/console/api/workspaces/current/members/${fx.owner.accountId}/update-role`, {
      token: fx.owner.token,
      json: { role: 'admin' },
    });
    expect(self.status).toBe(400);
    expect(self.body.code).toBe('cannot-operate-self');
    for (const role of ['admin', 'editor'] as const) {
      const actor = await seedMember(fx.app, fx.owner.workspaceId, role);
      const refused = await fx.app.request('PUT', `/console/api/workspaces/current/members/${member.accountId}/update-role`, {
        token: actor.token,
        json: { role: 'admin' },
      });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('forbidden');
    }
    expect((await membership(fx.owner.workspaceId, member.accountId))?.role).toBe('editor');
    const missingRole = await fx.app.request('PUT', `/console/api/workspaces/current/members/${member.accountId}/update-role`, {
      token: fx.owner.token,
      json: {},
    });
    expect(missingRole.status).toBe(400);
    expect(missingRole.body.params).toBe('role');
  });

  it('hands ownership over: the promoted member becomes owner and the owner an admin, together', async () => {
    const tenant = await seedWorkspace(fx.app, 'handover');
    const heir = await seedMember(fx.app, tenant.workspaceId, 'editor');
    const res = await fx.app.request('PUT', `/console/api/workspaces/current/members/${heir.accountId}/update-role`, {
      token: tenant.token,
      json: { role: 'owner' },
    });
    expect(res.status).toBe(200);
    const owners = await fx.app.deps.db
      .select()
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, tenant.workspaceId), eq(workspaceMembers.role, 'owner')));
    expect(owners.map((m) => m.accountId)).toEqual([heir.accountId]);
    expect((await membership(tenant.workspaceId, tenant.accountId))?.role).toBe('admin');
    // The former owner is now an admin: no longer allowed to remove or re-role anyone.
    const refused = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${heir.accountId}`, { token: tenant.token });
    expect(refused.status).toBe(403);
    const back = await fx.app.request('PUT', `/console/api/workspaces/current/members/${tenant.accountId}/update-role`, {
      token: heir.token,
      json: { role: 'owner' },
    });
    expect(back.status).toBe(200);
    expect((await membership(tenant.workspaceId, heir.accountId))?.role).toBe('admin');
    expect((await membership(tenant.workspaceId, tenant.accountId))?.role).toBe('owner');
  });
});
