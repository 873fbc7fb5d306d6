import { and, count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneTimeTokens } from '@tessera/db';
import {
  createTestApp,
  seedMember,
  seedOwner,
  type SeededUser,
  startTestSmtpServer,
  tallyAnswers as tally,
  TEST_PASSWORD,
  type TestApp,
  type TestSmtpServer,
} from '../../../testing';

const DAY_MS = 86_400_000;
// More than five wrong codes lock the address: six are checked.
const CHECKED = 6;

describe('forgot-password codes under parallel requests', () => {
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

  const validity = (json: Record<string, unknown>) => app.request('POST', '/console/api/forgot-password/validity', { json });
  const resets = (token: string, password: string) =>
    app.request('POST', '/console/api/forgot-password/resets', { json: { token, new_password: password, password_confirm: password } });
  const login = (email: string, password: string) => app.request('POST', '/console/api/login', { json: { email, password } });
  /** Mails a code and answers it with its token and a code that is not it. */
  async function mailCode(email: string) {
    const sent = await app.request('POST', '/console/api/forgot-password', { json: { email } });
    expect(sent.status).toBe(200);
    const code = await smtp.nextCode(email);
    return { token: sent.body.data as string, code, wrong: code === '000000' ? '111111' : '000000' };
  }
  const liveResetTokens = async (email: string) =>
    (
      await app.deps.db
        .select({ n: count() })
        .from(oneTimeTokens)
        .where(and(eq(oneTimeTokens.email, email), eq(oneTimeTokens.phase, 'reset'), isNull(oneTimeTokens.usedAt)))
    )[0]!.n;

  it('checks at most six of sixty parallel wrong codes and refuses the rest with the lockout', async () => {
    const user = await seedMember(app, owner.workspaceId, 'normal');
    const { token, wrong } = await mailCode(user.email);
    const answers = await Promise.all(Array.from({ length: 60 }, () => validity({ email: user.email, code: wrong, token })));
    expect(tally(answers)).toEqual({ '400 email_code_error': CHECKED, '429 email_password_reset_limit': 60 - CHECKED });
    expect(answers.find((res) => res.status === 429)!.body).toEqual({
      code: 'email_password_reset_limit',
      message: 'Too many failed password reset attempts. Please try again in 24 hours.',
      status: 429,
    });
  });

  it('refuses the right code at the end of a parallel burst of wrong ones, until the lockout window passes', async () => {
    const user = await seedMember(app, owner.workspaceId, 'normal');
    const { token, code, wrong } = await mailCode(user.email);
    const burst = [...Array.from({ length: 40 }, () => wrong), code];
    const answers = await Promise.all(burst.map((c) => validity({ email: user.email, code: c, token })));
    expect(tally([answers.at(-1)!])).toEqual({ '429 email_password_reset_limit': 1 });
    expect(tally(answers)).toEqual({ '400 email_code_error': CHECKED, '429 email_password_reset_limit': 41 - CHECKED });
    expect(await liveResetTokens(user.email)).toBe(0);

    app.advanceClock(DAY_MS + 60_000);
    const fresh = await mailCode(user.email);
    const checked = await validity({ email: user.email, code: fresh.code, token: fresh.token });
    expect(checked.status).toBe(200);
    expect(checked.body.is_valid).toBe(true);

    // The success cleared the count: a new burst is checked up to the full limit again.
    app.advanceClock(61_000);
    const next = await mailCode(user.email);
    const again = await Promise.all(Array.from({ length: 10 }, () => validity({ email: user.email, code: next.wrong, token: next.token })));
    expect(tally(again)).toEqual({ '400 email_code_error': CHECKED, '429 email_password_reset_limit': 10 - CHECKED });
  });

  it('turns one of several parallel uses of the same valid code into a reset token', async () => {
    const user = await seedMember(app, owner.workspaceId, 'normal');
    const { token, code } = await mailCode(user.email);
    const answers = await Promise.all(Array.from({ length: 5 }, () => validity({ email: user.email, code, token })));
    expect(tally(answers)).toEqual({ '200': 1, '400 invalid_or_expired_token': 4 });
    expect(await liveResetTokens(user.email)).toBe(1);
  });

  it('sets the password once when the same reset token is used several times at once', async () => {
    const user = await seedMember(app, owner.workspaceId, 'normal');
    const { token, code } = await mailCode(user.email);
    const resetToken = (await validity({ email: user.email, code, token })).body.token as string;
    const passwords = Array.from({ length: 4 }, (_, i) => `Parallel-pass${i}`);
    const answers = await Promise.all(passwords.map((password) => resets(resetToken, password)));
    expect(tally(answers)).toEqual({ '200 success': 1, '400 invalid_or_expired_token': 3 });
    const winner = passwords[answers.findIndex((res) => res.status === 200)]!;
    const signIns = await Promise.all([winner, ...passwords.filter((p) => p !== winner), TEST_PASSWORD].map((p) => login(user.email, p)));
    expect(signIns.map((res) => res.status)).toEqual([200, 401, 401, 401, 401]);
  });
});
