import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accounts } from '@tessera/db';
import { TEST_BASE_URL } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

describe('console account profile', () => {
  const fx = useIntegrationFixture();

  it("answers Dify's account fields for the signed-in account", async () => {
    const res = await fx.app.request('GET', '/console/api/account/profile', { token: fx.owner.token });
    expect(res.status).toBe(200);
    const [account] = await fx.app.deps.db.select().from(accounts).where(eq(accounts.id, fx.owner.accountId));
    expect(res.body).toEqual({
      id: fx.owner.accountId,
      name: 'Owner',
      avatar: null,
      avatar_url: null,
      email: fx.owner.email,
      is_password_set: true,
      interface_language: 'en-US',
      interface_theme: 'light',
      timezone: 'UTC',
      last_login_at: Math.floor(account!.lastLoginAt!.getTime() / 1000),
      last_login_ip: '127.0.0.1',
      created_at: Math.floor(account!.createdAt.getTime() / 1000),
    });
    expect(JSON.stringify(res.body)).not.toContain('argon2');
  });

  it('answers an http(s) avatar as its own URL and an uploaded one as a signed preview URL', async () => {
    await fx.app.deps.db.update(accounts).set({ avatar: 'https://cdn.example.com/a.png' }).where(eq(accounts.id, fx.owner.accountId));
    const linked = await fx.app.request('GET', '/console/api/account/profile', { token: fx.owner.token });
    expect(linked.body).toMatchObject({ avatar: 'https://cdn.example.com/a.png', avatar_url: 'https://cdn.example.com/a.png' });

    const fileId = '0b8f6a52-6f0e-4d7a-9d2e-3c1f2a4b5c6d';
    await fx.app.deps.db.update(accounts).set({ avatar: fileId }).where(eq(accounts.id, fx.owner.accountId));
    const uploaded = await fx.app.request('GET', '/console/api/account/profile', { token: fx.owner.token });
    expect(uploaded.body.avatar).toBe(fileId);
    const url = new URL(uploaded.body.avatar_url);
    expect(`${url.origin}${url.pathname}`).toBe(`${TEST_BASE_URL}/files/${fileId}/file-preview`);
    expect(url.searchParams.get('timestamp')).toMatch(/^\d+$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[0-9a-f]{32}$/);
    expect(url.searchParams.get('sign')).toBeTruthy();
  });

  it('needs a session', async () => {
    const res = await fx.app.request('GET', '/console/api/account/profile');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthorized');
  });
});
