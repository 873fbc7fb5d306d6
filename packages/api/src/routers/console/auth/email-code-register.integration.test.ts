import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, oneTimeTokens, workspaceMembers, workspaces } from '@tessera/db';
import { createTestApp, seedOwner, startTestSmtpServer, type TestApp, type TestSmtpServer } from '../../../testing';

describe('console sign-in with a mailed code (registration open)', () => {
  let app: TestApp;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    app = await createTestApp({ smtp: smtp.config, allowRegister: true });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  const rows = async (table: typeof accounts | typeof workspaces | typeof oneTimeTokens) =>
    (await app.deps.db.select({ n: count() }).from(table))[0]!.n;
  const send = (email: string, language?: string) =>
    app.request('POST', '/console/api/email-code-login', { json: language ? { email, language } : { email } });
  const validity = (json: Record<string, unknown>) => app.request('POST', '/console/api/email-code-login/validity', { json });

  it('answers 401 not_setup before the first owner exists', async () => {
    const res = await send('early@example.com');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('not_setup');
    expect(await rows(oneTimeTokens)).toBe(0);
    await seedOwner(app);
  });

  it('issues a code to an unknown address and creates the account with its own workspace on validity', async () => {
    const email = 'newcomer@example.com';
    const sent = await send('Newcomer@Example.com', 'zh-Hans');
    expect(sent.status).toBe(200);
    const code = await smtp.nextCode(email);
    expect(await app.deps.db.select().from(accounts).where(eq(accounts.email, email))).toHaveLength(0);

    const res = await validity({ email, code, token: sent.body.data, language: 'zh-Hans' });
    expect(res.status).toBe(200);
    expect(res.body.result).toBe('success');

    const [account] = await app.deps.db.select().from(accounts).where(eq(accounts.email, email));
    expect(account).toMatchObject({ name: email, status: 'active', passwordHash: null, interfaceLanguage: 'zh-Hans' });
    const joins = await app.deps.db.select().from(workspaceMembers).where(eq(workspaceMembers.accountId, account!.id));
    expect(joins).toHaveLength(1);
    expect(joins[0]).toMatchObject({ role: 'owner', current: true });
    const [workspace] = await app.deps.db.select().from(workspaces).where(eq(workspaces.id, joins[0]!.workspaceId));
    expect(workspace!.name).toBe(`${email}'s Workspace`);

    const profile = await app.request('GET', '/console/api/account/profile', { token: res.body.data.access_token });
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ email, is_password_set: false, interface_language: 'zh-Hans' });
  });

  it('creates nothing when the code is wrong', async () => {
    const email = 'wrong-code@example.com';
    const sent = await send(email);
    const code = await smtp.nextCode(email);
    const users = await rows(accounts);
    const spaces = await rows(workspaces);
    const res = await validity({ email, code: code === '000000' ? '111111' : '000000', token: sent.body.data });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('email_code_error');
    expect(await rows(accounts)).toBe(users);
    expect(await rows(workspaces)).toBe(spaces);
  });

  it('refuses with not_allowed_create_workspace when workspaces may not be created, leaving the token usable', async () => {
    const email = 'no-space@example.com';
    const sent = await send(email);
    const code = await smtp.nextCode(email);
    const users = await rows(accounts);
    app.deps.config.allowCreateWorkspace = false;
    try {
      const res = await validity({ email, code, token: sent.body.data });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('not_allowed_create_workspace');
      expect(await rows(accounts)).toBe(users);
      const [token] = await app.deps.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.token, sent.body.data));
      expect(token!.usedAt).toBeNull();
    } finally {
      app.deps.config.allowCreateWorkspace = true;
    }
    expect((await validity({ email, code, token: sent.body.data })).status).toBe(200);
    expect(await rows(accounts)).toBe(users + 1);
  });

  it('gives an existing account without a workspace a new one', async () => {
    const [account] = await app.deps.db
      .insert(accounts)
      .values({ email: 'homeless@example.com', name: 'Homeless', status: 'pending' })
      .returning();
    const sent = await send(account!.email);
    const code = await smtp.nextCode(account!.email);
    const res = await validity({ email: account!.email, code, token: sent.body.data });
    expect(res.status).toBe(200);
    const joins = await app.deps.db.select().from(workspaceMembers).where(eq(workspaceMembers.accountId, account!.id));
    expect(joins).toHaveLength(1);
    const [after] = await app.deps.db.select().from(accounts).where(eq(accounts.id, account!.id));
    expect(after!.status).toBe('active');
  });
});
