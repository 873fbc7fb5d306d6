import { eq } from 'drizzle-orm';
import { accounts, workspaceMembers } from '@tessera/db';
import { checkWithinAttempts } from '../../auth/attempt-guard';
import { codeMatches } from '../../auth/codes';
import { assertMailSendAllowed, assertSendRate } from '../../auth/mail-send-limit';
import { consumeToken, findLiveToken, issueOneTimeToken } from '../../auth/one-time-tokens';
import { assertValidPassword, hashPassword } from '../../auth/passwords';
import { type AttemptLimit, resetCounter } from '../../auth/rate-limit';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { resetPasswordMail, resetPasswordNoAccountMail } from '../../mail/templates';
import { createOwnedWorkspace, defaultWorkspaceName } from '../workspaces/create-workspace';
import { loginFailureKey } from './authenticate';
import { findAccountByEmail, normaliseEmail } from './find-account';
import { endAccountSessions } from './sessions';
import { accountNotFound, emailCodeError, invalidEmail, invalidOrExpiredToken } from './errors';

const SEND_WINDOW_SECONDS = 60;
// More than five wrong codes for an address lock it for a day from the last one: six are checked.
const CODE_ATTEMPTS: AttemptLimit = { max: 6, windowSeconds: 86_400, renew: true };
const RESET_PHASE = 'reset';

const sendKey = (email: string) => `reset_password_rate_limit:${email}`;
export const forgotPasswordFailureKey = (email: string) => `forgot_password_error:${normaliseEmail(email)}`;

/**
 * Starts a password reset. The answer is a token whether or not the address has an account: an
 * unknown address gets a "no account" mail (and a token no code can open) instead of a code, so
 * the endpoint does not reveal who has an account.
 */
export async function sendPasswordReset(
  deps: AppDeps,
  input: { email: string; language?: string | null; ip: string },
): Promise<string> {
  const email = normaliseEmail(input.email);
  await assertMailSendAllowed(deps, input.ip);
  await assertSendRate(deps, sendKey(email), 1, SEND_WINDOW_SECONDS, () =>
    errors.tooManyRequests('password_reset_rate_limit_exceeded', 'Too many password reset emails have been sent. Please try again in 1 minutes.'),
  );
  const account = await findAccountByEmail(deps.db, email);
  const issued = await issueOneTimeToken(deps, { type: 'reset_password', email, accountId: account?.id ?? null, withCode: !!account });
  const mail = account && issued.code ? resetPasswordMail(input.language, issued.code) : resetPasswordNoAccountMail(input.language, email);
  await deps.mailer.send({ to: email, ...mail });
  return issued.token;
}

const resetLockedOut = () =>
  errors.tooManyRequests('email_password_reset_limit', 'Too many failed password reset attempts. Please try again in 24 hours.');

/**
 * Checks the mailed code. The verify-phase token is spent and a new token in phase `reset` comes
 * back; more than five wrong codes for an address refuse further checks for a day. Each check is
 * counted before the code is compared, so parallel guesses cannot outrun the lockout.
 */
export async function checkPasswordResetCode(
  deps: AppDeps,
  input: { email: string; code: string; token: string },
): Promise<{ is_valid: true; email: string; token: string }> {
  const email = normaliseEmail(input.email);
  return checkWithinAttempts(
    deps,
    [{ key: forgotPasswordFailureKey(email), limit: CODE_ATTEMPTS, refused: resetLockedOut, onSuccess: 'reset' }],
    'email_code_error',
    async () => {
      const row = await findLiveToken(deps, 'reset_password', input.token);
      if (!row || row.phase === RESET_PHASE) throw invalidOrExpiredToken();
      if (row.email !== email) throw invalidEmail();
      if (!codeMatches(row.code, input.code)) throw emailCodeError();
      if (!(await consumeToken(deps, 'reset_password', input.token))) throw invalidOrExpiredToken();
      const next = await issueOneTimeToken(deps, { type: 'reset_password', email, accountId: row.accountId, phase: RESET_PHASE });
      return { is_valid: true as const, email, token: next.token };
    },
  );
}

/**
 * Sets the new password with a `reset`-phase token (once). Every session of the account ends (as
 * in Dify: whoever knew the old password is signed out everywhere) and its sign-in lockout is cleared; an account left without a workspace gets one when
 * workspace creation is allowed.
 */
export async function resetPassword(
  deps: AppDeps,
  input: { token: string; new_password: string; password_confirm: string },
): Promise<void> {
  assertValidPassword(input.new_password, 'new_password');
  if (input.new_password !== input.password_confirm) {
    throw errors.badRequest('password_mismatch', 'The passwords do not match.');
  }
  const row = await findLiveToken(deps, 'reset_password', input.token);
  if (!row || row.phase !== RESET_PHASE) throw invalidOrExpiredToken();
  const account = await findAccountByEmail(deps.db, row.email);
  if (!account) throw accountNotFound();
  const passwordHash = await hashPassword(input.new_password);
  await deps.db.transaction(async (tx) => {
    if (!(await consumeToken(deps, 'reset_password', input.token, tx))) throw invalidOrExpiredToken();
    await tx.update(accounts).set({ passwordHash }).where(eq(accounts.id, account.id));
    await endAccountSessions(tx, account.id);
    const [membership] = await tx
      .select({ id: workspaceMembers.id })
      .from(workspaceMembers)
      .where(eq(workspaceMembers.accountId, account.id))
      .limit(1);
    if (!membership && deps.config.allowCreateWorkspace) {
      await createOwnedWorkspace(tx, account.id, defaultWorkspaceName(account.name));
    }
  });
  await resetCounter(deps, loginFailureKey(account.email));
  await resetCounter(deps, forgotPasswordFailureKey(account.email));
}
