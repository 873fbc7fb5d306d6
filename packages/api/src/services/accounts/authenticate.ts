import { eq } from 'drizzle-orm';
import { type Account, accounts } from '@tessera/db';
import { checkWithinAttempts } from '../../auth/attempt-guard';
import { passwordCandidates, verifyPassword } from '../../auth/passwords';
import { type AttemptLimit } from '../../auth/rate-limit';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { findAccountByEmail, normaliseEmail } from './find-account';

// Dify locks an email once more than five failures are recorded: the sixth attempt is still
// checked, the seventh refused. The lockout lasts a day from the last failure.
const EMAIL_ATTEMPTS: AttemptLimit = { max: 6, windowSeconds: 86_400, renew: true };
// More than fifty failures from one address within the hour refuse it.
const IP_ATTEMPTS: AttemptLimit = { max: 51, windowSeconds: 3_600 };

export const loginFailureKey = (email: string) => `login_error:${normaliseEmail(email)}`;
const ipFailureKey = (ip: string) => `login_error_ip:${ip}`;

/** Refuses banned and closed accounts without changing anything. */
export function assertAccountNotBanned(account: Pick<Account, 'status'>): void {
  if (account.status === 'banned') throw errors.badRequest('account_banned', 'Account is banned.');
  if (account.status === 'closed') throw errors.badRequest('account_banned', 'Account is closed.');
}

/** Refuses accounts that may not sign in, and activates pending ones on first sign-in. */
export async function assertAccountUsable(deps: AppDeps, account: Account): Promise<Account> {
  assertAccountNotBanned(account);
  if (account.status === 'pending') {
    const [updated] = await deps.db
      .update(accounts)
      .set({ status: 'active', initializedAt: deps.now() })
      .where(eq(accounts.id, account.id))
      .returning();
    return updated ?? account;
  }
  return account;
}

const emailLockedOut = () => errors.tooManyRequests('email_code_login_limit', 'Too many login attempts. Please try again in 24 hours.');
const addressLockedOut = () =>
  errors.tooManyRequests('too_many_requests', 'Too many failed sign-in attempts from this address. Please try again later.');

/**
 * Email + password sign-in with Dify's lockout: more than five failures for an email within 24 h
 * refuse further attempts; many failures from one IP are refused too. Each attempt is counted
 * before the password is checked, so parallel guesses cannot outrun the lockout. Unknown emails
 * and wrong passwords fail alike.
 */
export async function authenticateWithPassword(
  deps: AppDeps,
  input: { email: string; password: string; ip: string },
): Promise<Account> {
  const email = normaliseEmail(input.email);
  const account = await checkWithinAttempts(
    deps,
    [
      { key: loginFailureKey(email), limit: EMAIL_ATTEMPTS, refused: emailLockedOut, onSuccess: 'reset' },
      { key: ipFailureKey(input.ip), limit: IP_ATTEMPTS, refused: addressLockedOut, onSuccess: 'release' },
    ],
    'authentication_failed',
    () => verifyCredentials(deps, email, input.password),
  );
  return assertAccountUsable(deps, account);
}

async function verifyCredentials(deps: AppDeps, email: string, password: string): Promise<Account> {
  const account = await findAccountByEmail(deps.db, email);
  if (account) {
    for (const candidate of passwordCandidates(password)) {
      if (await verifyPassword(account.passwordHash, candidate)) return account;
    }
  }
  throw errors.unauthenticated('authentication_failed', 'Invalid email or password.');
}
