import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, mailOutbox, oneTimeTokens, sessions as sessionRows } from '@tessera/db';
import {
  createTestApp,
  seedMember,
  seedOwner,
  type SeededUser,
  startTestSmtpServer,
  type TestApp,
  type TestSmtpServer,
} from '../../../testing';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('console sign-in with a mailed code (registration closed)', () => {
  let app: TestApp;
  let smtp: TestSmtpServer;
  let owner: SeededUser;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    app = await createTestApp({ smtp: smtp.config });
    owner = await seedOwner(app);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  const rows = async (table: typeof mailOutbox | typeof oneTimeTokens | typeof sessionRows | typeof accounts) =>
    (await app.deps.db.select({ n: count() }).from(table))[0]!.n;
  const send = (email: string, language?: string) =>
    app.request('POST', '/console/api/email-code-login', { json: language ? { email, language } : { email } });
  const validity = (json: Record<string, unknown>) => app.request('POST', '/console/api/email-code-login/validity', { json });
  const member = () => seedMember(app, owner.workspaceId, 'normal');

  it('mails a six-digit code over SMTP and signs in with it: tokens in the body, three cookies, a working session', async () => {
    const user = await member();
    const sent = await send(user.email.toUpperCase());
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ result: 'success', data: expect.stringMatching(UUID_RE) });

    const mail = await smtp.nextMail(user.email);
    expect(mail.subject).toBe('Your Tessera sign-in code');
    expect(mail.from).toBe('no-reply@tessera.local');
    expect(mail.html).toContain('<h1');
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!;
    const [outboxRow] = await app.deps.db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(outboxRow).toMatchObject({ status: 'sent', template: 'email_code_login', workspaceId: null });

    const sessionsBefore = await rows(sessionRows);
    const res = await validity({ email: user.email, code, token: sent.body.data });
    expect(res.status).toBe(200);
    expect(res.body.result).toBe('success');
    expect(res.body.data.access_token).toMatch(/^ey/);
    expect(res.body.data.refresh_token).toMatch(/^[0-9a-f]{128}$/);
    expect(res.body.data.csrf_token).toMatch(/^ey/);
    const setCookies = res.headers.getSetCookie();
    expect(setCookies.find((c) => c.startsWith('access_token='))).toContain('HttpOnly');
    expect(setCookies.find((c) => c.startsWith('refresh_token='))).toContain('HttpOnly');
    expect(setCookies.find((c) => c.startsWith('csrf_token='))).not.toContain('HttpOnly');
    expect(res.cookies.access_token).toBe(res.body.data.access_token);
    expect(await rows(sessionRows)).toBe(sessionsBefore + 1);

    const profile = await app.request('GET', '/console/api/account/profile', { token: res.body.data.access_token });
    expect(profile.status).toBe(200);
    expect(profile.body.email).toBe(user.email);
    expect(profile.body.last_login_ip).toBe('127.0.0.1');

    const [token] = await app.deps.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.token, sent.body.data));
    expect(token!.usedAt).not.toBeNull();
  });

  it('accepts the code Base64-encoded, and mails in Chinese for zh-Hans', async () => {
    const user = await member();
    const sent = await send(user.email, 'zh-Hans');
    const mail = await smtp.nextMail(user.email);
    expect(mail.subject).toBe('Tessera 登录验证码');
    expect(mail.text).toContain('验证码');
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!;
    const res = await validity({ email: user.email, code: b64(code), token: sent.body.data, language: 'zh-Hans' });
    expect(res.status).toBe(200);
    expect(res.body.result).toBe('success');
  });

  it('lets a token and its code work once', async () => {
    const user = await member();
    const sent = await send(user.email);
    const code = await smtp.nextCode(user.email);
    expect((await validity({ email: user.email, code, token: sent.body.data })).status).toBe(200);
    const sessions = await rows(sessionRows);
    const again = await validity({ email: user.email, code, token: sent.body.data });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ code: 'invalid_or_expired_token', message: 'The token is invalid or has expired.', status: 400 });
    expect(await rows(sessionRows)).toBe(sessions);
  });

  it('expires the token after five minutes', async () => {
    const user = await member();
    const sent = await send(user.email);
    const code = await smtp.nextCode(user.email);
    app.advanceClock(6 * 60_000);
    const sessions = await rows(sessionRows);
    const res = await validity({ email: user.email, code, token: sent.body.data });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_or_expired_token');
    expect(await rows(sessionRows)).toBe(sessions);
  });

  it('revokes the previous token when a new code is sent', async () => {
    const user = await member();
    const first = await send(user.email);
    const firstCode = await smtp.nextCode(user.email);
    const second = await send(user.email);
    const secondCode = await smtp.nextCode(user.email);
    const stale = await validity({ email: user.email, code: firstCode, token: first.body.data });
    expect(stale.status).toBe(400);
    expect(stale.body.code).toBe('invalid_or_expired_token');
    expect((await validity({ email: user.email, code: secondCode, token: second.body.data })).status).toBe(200);
  });

  it('refuses unknown tokens, another address and a wrong code without spending the token', async () => {
    const user = await member();
    const other = await member();
    const sent = await send(user.email);
    const code = await smtp.nextCode(user.email);
    const wrongCode = code === '000000' ? '111111' : '000000';

    const unknown = await validity({ email: user.email, code, token: '5b7b2f3e-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('invalid_or_expired_token');

    const mismatch = await validity({ email: other.email, code, token: sent.body.data });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body).toEqual({ code: 'invalid_email', message: 'The email address is not valid.', status: 400 });

    const wrong = await validity({ email: user.email, code: wrongCode, token: sent.body.data });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ code: 'email_code_error', message: 'Email code is invalid or expired.', status: 400 });
    const wrongB64 = await validity({ email: user.email, code: b64(wrongCode), token: sent.body.data });
    expect(wrongB64.body.code).toBe('email_code_error');

    const [token] = await app.deps.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.token, sent.body.data));
    expect(token!.usedAt).toBeNull();
    expect((await validity({ email: user.email, code, token: sent.body.data })).status).toBe(200);
  });

  it('locks the address after more than five wrong codes: the seventh check is refused even with the right code', async () => {
    const user = await member();
    const sent = await send(user.email);
    const code = await smtp.nextCode(user.email);
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 6; i++) {
      const res = await validity({ email: user.email, code: wrongCode, token: sent.body.data });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('email_code_error');
    }
    const seventh = await validity({ email: user.email, code, token: sent.body.data });
    expect(seventh.status).toBe(429);
    expect(seventh.body.code).toBe('email_code_login_limit');
  });

  it('refuses unknown addresses while registration is closed, writing and mailing nothing', async () => {
    const tokens = await rows(oneTimeTokens);
    const mails = await rows(mailOutbox);
    const users = await rows(accounts);
    const res = await send('nobody-here@example.com');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: 'account_not_found', message: 'Account not found.', status: 400 });
    expect(await rows(oneTimeTokens)).toBe(tokens);
    expect(await rows(mailOutbox)).toBe(mails);
    expect(await rows(accounts)).toBe(users);
    expect(smtp.mails.some((m) => m.to.includes('nobody-here@example.com'))).toBe(false);
  });

  it('allows three sends per address in five minutes, then answers 429 until the window passes', async () => {
    const user = await member();
    for (let i = 0; i < 3; i++) {
      expect((await send(user.email)).status).toBe(200);
      await smtp.nextMail(user.email);
    }
    const mails = await rows(mailOutbox);
    const fourth = await send(user.email);
    expect(fourth.status).toBe(429);
    expect(fourth.body).toEqual({
      code: 'email_code_login_rate_limit_exceeded',
      message: 'Too many login emails have been sent. Please try again in 5 minutes.',
      status: 429,
    });
    expect(await rows(mailOutbox)).toBe(mails);
    app.advanceClock(301_000);
    expect((await send(user.email)).status).toBe(200);
    await smtp.nextMail(user.email);
  });

  it('refuses banned accounts on send and on validity', async () => {
    const user = await member();
    const sent = await send(user.email);
    const code = await smtp.nextCode(user.email);
    await app.deps.db.update(accounts).set({ status: 'banned' }).where(eq(accounts.id, user.accountId));
    const sessions = await rows(sessionRows);
    const res = await validity({ email: user.email, code, token: sent.body.data });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('account_banned');
    expect(await rows(sessionRows)).toBe(sessions);
    const again = await send(user.email);
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('account_banned');
  });

  it('rejects bad input with invalid_param naming the field, writing nothing', async () => {
    const tokens = await rows(oneTimeTokens);
    const mails = await rows(mailOutbox);
    const missing = await app.request('POST', '/console/api/email-code-login', { json: {} });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'invalid_param', params: 'email', status: 400 });
    const malformed = await send('not-an-email');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/^email/);
    const noCode = await validity({ email: owner.email, token: 'x' });
    expect(noCode.status).toBe(400);
    expect(noCode.body).toMatchObject({ code: 'invalid_param', params: 'code' });
    const noToken = await validity({ email: owner.email, code: '123456' });
    expect(noToken.body).toMatchObject({ code: 'invalid_param', params: 'token' });
    expect(await rows(oneTimeTokens)).toBe(tokens);
    expect(await rows(mailOutbox)).toBe(mails);
  });
});
