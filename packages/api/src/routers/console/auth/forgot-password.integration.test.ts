import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, mailOutbox, oneTimeTokens, sessions as sessionRows } from '@tessera/db';
import {
  createTestApp,
  seedMember,
  seedOwner,
  type SeededUser,
  startTestSmtpServer,
  TEST_PASSWORD,
  type TestApp,
  type TestSmtpServer,
} from '../../../testing';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NEW_PASSWORD = 'N3w-passw0rd';

describe('console forgot-password', () => {
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

  const rows = async (table: typeof mailOutbox | typeof oneTimeTokens | typeof sessionRows) =>
    (await app.deps.db.select({ n: count() }).from(table))[0]!.n;
  const send = (email: string, language?: string, path = '/console/api/forgot-password') =>
    app.request('POST', path, { json: language ? { email, language } : { email } });
  const validity = (json: Record<string, unknown>) => app.request('POST', '/console/api/forgot-password/validity', { json });
  const resets = (json: Record<string, unknown>) => app.request('POST', '/console/api/forgot-password/resets', { json });
  const member = () => seedMember(app, owner.workspaceId, 'normal');
  const passwordHash = async (accountId: string) =>
    (await app.deps.db.select().from(accounts).where(eq(accounts.id, accountId)))[0]!.passwordHash;
  const login = (email: string, password: string) => app.request('POST', '/console/api/login', { json: { email, password } });

  /** Send, read the code, check it: a token in phase reset. */
  async function resetToken(email: string): Promise<string> {
    const sent = await send(email);
    const code = await smtp.nextCode(email);
    const checked = await validity({ email, code, token: sent.body.data });
    expect(checked.status).toBe(200);
    return checked.body.token as string;
  }

  it('resets a password end to end: code by SMTP, reset token, new password signs in, old sessions and lockout gone', async () => {
    const user = await member();
    const session = await login(user.email, TEST_PASSWORD);
    for (let i = 0; i < 6; i++) expect((await login(user.email, 'wrong-pass1')).status).toBe(401);
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(429);

    const sent = await send(user.email.toUpperCase());
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ result: 'success', data: expect.stringMatching(UUID_RE) });
    const mail = await smtp.nextMail(user.email);
    expect(mail.subject).toBe('Reset your Tessera password');
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!;

    const checked = await validity({ email: user.email.toUpperCase(), code, token: sent.body.data });
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({ is_valid: true, email: user.email, token: expect.stringMatching(UUID_RE) });
    expect(checked.body.token).not.toBe(sent.body.data);
    const [resetRow] = await app.deps.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.token, checked.body.token));
    expect(resetRow).toMatchObject({ phase: 'reset', type: 'reset_password', usedAt: null });

    const reused = await validity({ email: user.email, code, token: sent.body.data });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('invalid_or_expired_token');

    const done = await resets({ token: checked.body.token, new_password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ result: 'success' });

    expect((await login(user.email, TEST_PASSWORD)).status).toBe(401);
    const fresh = await login(user.email, b64(NEW_PASSWORD));
    expect(fresh.status).toBe(200);
    // Every sign-in from before the reset has ended: access tokens and refresh tokens alike.
    for (const token of [user.token, session.body.data.access_token]) {
      expect((await app.request('GET', '/console/api/account/profile', { token })).status).toBe(401);
    }
    const refresh = await app.request('POST', '/console/api/refresh-token', {
      headers: { cookie: `refresh_token=${session.body.data.refresh_token}` },
    });
    expect(refresh.status).toBe(401);
    expect((await app.request('GET', '/console/api/account/profile', { token: fresh.body.data.access_token })).status).toBe(200);

    const again = await resets({ token: checked.body.token, new_password: 'An0ther-pass', password_confirm: 'An0ther-pass' });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ code: 'invalid_or_expired_token', message: 'The token is invalid or has expired.', status: 400 });
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('accepts a Base64 code and mails in Chinese for zh-Hans; the legacy /reset-password sends the same mail', async () => {
    const user = await member();
    const sent = await send(user.email, 'zh-Hans', '/console/api/reset-password');
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ result: 'success', data: expect.stringMatching(UUID_RE) });
    const mail = await smtp.nextMail(user.email);
    expect(mail.subject).toBe('重置您的 Tessera 密码');
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!;
    const [row] = await app.deps.db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(row).toMatchObject({ template: 'reset_password', status: 'sent' });
    const checked = await validity({ email: user.email, code: b64(code), token: sent.body.data });
    expect(checked.status).toBe(200);
    expect(checked.body.is_valid).toBe(true);
  });

  it('answers the same for an unknown address, mailing a "no account" notice whose token no code opens', async () => {
    const email = 'stranger@example.com';
    const sent = await send(email);
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ result: 'success', data: expect.stringMatching(UUID_RE) });
    const mail = await smtp.nextMail(email);
    expect(mail.subject).toBe('Reset your Tessera password');
    expect(mail.text).toContain('there is no account');
    expect(mail.text).not.toMatch(/\b\d{6}\b/);
    const [row] = await app.deps.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
    expect(row!.template).toBe('reset_password_no_account');
    const res = await validity({ email, code: '123456', token: sent.body.data });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('email_code_error');
  });

  it('allows one mail per address a minute, on either path', async () => {
    const user = await member();
    expect((await send(user.email)).status).toBe(200);
    await smtp.nextMail(user.email);
    const mails = await rows(mailOutbox);
    for (const path of ['/console/api/forgot-password', '/console/api/reset-password']) {
      const res = await send(user.email, undefined, path);
      expect(res.status).toBe(429);
      expect(res.body).toEqual({
        code: 'password_reset_rate_limit_exceeded',
        message: 'Too many password reset emails have been sent. Please try again in 1 minutes.',
        status: 429,
      });
    }
    expect(await rows(mailOutbox)).toBe(mails);
    app.advanceClock(61_000);
    expect((await send(user.email)).status).toBe(200);
    await smtp.nextMail(user.email);
  });

  it('refuses bad tokens, another address and wrong codes; more than five wrong codes lock the address', async () => {
    const user = await member();
    const other = await member();
    const sent = await send(user.email);
    const code = await smtp.nextCode(user.email);
    const wrongCode = code === '000000' ? '111111' : '000000';

    const unknown = await validity({ email: user.email, code, token: 'no-such-token' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('invalid_or_expired_token');
    const mismatch = await validity({ email: other.email, code, token: sent.body.data });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.code).toBe('invalid_email');
    for (let i = 0; i < 6; i++) {
      const res = await validity({ email: user.email, code: wrongCode, token: sent.body.data });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ code: 'email_code_error', message: 'Email code is invalid or expired.', status: 400 });
    }
    const locked = await validity({ email: user.email, code, token: sent.body.data });
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual({
      code: 'email_password_reset_limit',
      message: 'Too many failed password reset attempts. Please try again in 24 hours.',
      status: 429,
    });
    const [row] = await app.deps.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.token, sent.body.data));
    expect(row!.usedAt).toBeNull();
  });

  it('keeps the phases apart: a verify token cannot reset, a reset token cannot be checked again', async () => {
    const user = await member();
    const sent = await send(user.email);
    const code = await smtp.nextCode(user.email);
    const early = await resets({ token: sent.body.data, new_password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('invalid_or_expired_token');
    const checked = await validity({ email: user.email, code, token: sent.body.data });
    const twice = await validity({ email: user.email, code, token: checked.body.token });
    expect(twice.status).toBe(400);
    expect(twice.body.code).toBe('invalid_or_expired_token');
  });

  it('refuses mismatched and weak passwords without changing anything or spending the token', async () => {
    const user = await member();
    const token = await resetToken(user.email);
    const before = await passwordHash(user.accountId);
    const sessions = await rows(sessionRows);

    const mismatch = await resets({ token, new_password: NEW_PASSWORD, password_confirm: `${NEW_PASSWORD}x` });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body).toEqual({ code: 'password_mismatch', message: 'The passwords do not match.', status: 400 });
    const weak = await resets({ token, new_password: 'short', password_confirm: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ code: 'invalid_param', params: 'new_password' });
    expect(weak.body.message).toMatch(/^new_password/);
    const missing = await resets({ token, new_password: NEW_PASSWORD });
    expect(missing.body).toMatchObject({ code: 'invalid_param', params: 'password_confirm' });

    expect(await passwordHash(user.accountId)).toBe(before);
    expect(await rows(sessionRows)).toBe(sessions);
    expect((await resets({ token, new_password: NEW_PASSWORD, password_confirm: NEW_PASSWORD })).status).toBe(200);
  });

  it('expires verify and reset tokens after five minutes', async () => {
    const user = await member();
    const sent = await send(user.email);
    const code = await smtp.nextCode(user.email);
    app.advanceClock(6 * 60_000);
    const late = await validity({ email: user.email, code, token: sent.body.data });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('invalid_or_expired_token');

    const other = await member();
    const token = await resetToken(other.email);
    app.advanceClock(6 * 60_000);
    const before = await passwordHash(other.accountId);
    const res = await resets({ token, new_password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_or_expired_token');
    expect(await passwordHash(other.accountId)).toBe(before);
  });

  it('rejects bad input with invalid_param naming the field, writing nothing', async () => {
    const tokens = await rows(oneTimeTokens);
    const mails = await rows(mailOutbox);
    const missing = await app.request('POST', '/console/api/forgot-password', { json: { language: 'en-US' } });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'invalid_param', params: 'email' });
    const malformed = await send('nope', undefined, '/console/api/reset-password');
    expect(malformed.body).toMatchObject({ code: 'invalid_param', params: 'email' });
    const noCode = await validity({ email: owner.email, token: 'x' });
    expect(noCode.body).toMatchObject({ code: 'invalid_param', params: 'code' });
    expect(await rows(oneTimeTokens)).toBe(tokens);
    expect(await rows(mailOutbox)).toBe(mails);
  });
});
