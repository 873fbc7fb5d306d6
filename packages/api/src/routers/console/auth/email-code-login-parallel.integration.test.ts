import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, oneTimeTokens, sessions, workspaces } from '@tessera/db';
import {
  createTestApp,
  seedMember,
  seedOwner,
  type SeededUser,
  startTestSmtpServer,
  tallyAnswers as tally,
  type TestApp,
  type TestSmtpServer,
} from '../../../testing';

const DAY_MS = 86_400_000;
// More than five wrong codes lock the address: six are checked.
const CHECKED = 6;

describe('sign-in with a mailed code under parallel requests', () => {
  let app: TestApp;
  let smtp: TestSmtpServer;
  let owner: SeededUser;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    app = await createTestApp({ smtp: smtp.config, allowRegister: true });
    owner = await seedOwner(app);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  const rows = async (table: typeof sessions | typeof accounts | typeof workspaces) =>
    (await app.deps.db.select({ n: count() }).from(table))[0]!.n;
  const validity = (json: Record<string, unknown>) => app.request('POST', '/console/api/email-code-login/validity', { json });
  /** Mails a code and answers it with its token and a code that is not it. */
  async function mailCode(email: string) {
    const sent = await app.request('POST', '/console/api/email-code-login', { json: { email } });
    expect(sent.status).toBe(200);
    const code = await smtp.nextCode(email);
    return { token: sent.body.data as string, code, wrong: code === '000000' ? '111111' : '000000' };
  }
  const tokenUsedAt = async (token: string) =>
    (await app.deps.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.token, token)))[0]!.usedAt;

  it('checks at most six of sixty parallel wrong codes and refuses the rest with the lockout', async () => {
    const user = await seedMember(app, owner.workspaceId, 'normal');
    const { token, wrong } = await mailCode(user.email);
    const answers = await Promise.all(Array.from({ length: 60 }, () => validity({ email: user.email, code: wrong, token })));
    expect(tally(answers)).toEqual({ '400 email_code_error': CHECKED, '429 email_code_login_limit': 60 - CHECKED });
    expect(answers.find((res) => res.status === 429)!.body).toEqual({
      code: 'email_code_login_limit',
      message: 'Too many login attempts. Please try again in 24 hours.',
      status: 429,
    });
    expect(await tokenUsedAt(token)).toBeNull();
  });

  it('refuses the right code at the end of a parallel burst of wrong ones, until the lockout window passes', async () => {
    const user = await seedMember(app, owner.workspaceId, 'normal');
    const { token, code, wrong } = await mailCode(user.email);
    const signIns = await rows(sessions);
    const burst = [...Array.from({ length: 40 }, () => wrong), code];
    const answers = await Promise.all(burst.map((c) => validity({ email: user.email, code: c, token })));
    expect(tally([answers.at(-1)!])).toEqual({ '429 email_code_login_limit': 1 });
    expect(tally(answers)).toEqual({ '400 email_code_error': CHECKED, '429 email_code_login_limit': 41 - CHECKED });
    expect(await rows(sessions)).toBe(signIns);
    expect(await tokenUsedAt(token)).toBeNull();

    app.advanceClock(DAY_MS + 60_000);
    const fresh = await mailCode(user.email);
    const signedIn = await validity({ email: user.email, code: fresh.code, token: fresh.token });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.result).toBe('success');

    // The success cleared the count: a new burst is checked up to the full limit again.
    const next = await mailCode(user.email);
    const again = await Promise.all(Array.from({ length: 10 }, () => validity({ email: user.email, code: next.wrong, token: next.token })));
    expect(tally(again)).toEqual({ '400 email_code_error': CHECKED, '429 email_code_login_limit': 10 - CHECKED });
  });

  it('lets one of several parallel uses of the same valid code sign in', async () => {
    const user = await seedMember(app, owner.workspaceId, 'normal');
    const { token, code } = await mailCode(user.email);
    const signIns = await rows(sessions);
    const answers = await Promise.all(Array.from({ length: 5 }, () => validity({ email: user.email, code, token })));
    expect(tally(answers)).toEqual({ '200 success': 1, '400 invalid_or_expired_token': 4 });
    expect(await rows(sessions)).toBe(signIns + 1);
  });

  it('creates one account and one workspace when a new address uses its code several times at once', async () => {
    const email = 'parallel-newcomer@example.com';
    const { token, code } = await mailCode(email);
    const [accountsBefore, workspacesBefore] = [await rows(accounts), await rows(workspaces)];
    const answers = await Promise.all(Array.from({ length: 5 }, () => validity({ email, code, token })));
    expect(tally(answers)).toEqual({ '200 success': 1, '400 invalid_or_expired_token': 4 });
    expect(await rows(accounts)).toBe(accountsBefore + 1);
    expect(await rows(workspaces)).toBe(workspacesBefore + 1);
  });
});
