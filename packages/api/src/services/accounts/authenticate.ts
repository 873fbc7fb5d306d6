import { eq } from 'drizzle-orm';
import { type Account, accounts } from '@tessera/db';
import { passwordCandidates, verifyPassword } from '../../auth/passwords';
import { hitCounter, readCounter, resetCounter } from '../../auth/rate-limit';
import { type AppDeps } from '../../deps';
import { AppError } from '../../errors';
import { findAccountByEmail, normaliseEmail } from './find-account';

const LOCKOUT_SECONDS = 86_400;
const MAX_FAILURES = 5;
const IP_WINDOW_SECONDS = 3_600;
const MAX_IP_FAILURES = 50;

export const loginFailureKey = (email: string) => `login_error:${normaliseEmail(email)}`;
const ipFailureKey = (ip: string) => `login_error_ip:${ip}`;

/** Refuses banned and closed accounts without changing anything. */
export function assertAccountNotBanned(account: Pick<Account, 'status'>): void {
  if (account.status === 'banned') throw new AppError('account_banned', 'Account is banned.', 400);
  if (account.status === 'closed') throw new AppError('account_banned', 'Account is closed.', 400);
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

/**
 * Email + password sign-in with Dify's lockout: more than five failures for an email within 24 h
 * refuse further attempts; many failures from one IP are refused too. Unknown emails and wrong
 * passwords fail alike.
 */
export async function authenticateWithPassword(
  deps: AppDeps,
  input: { email: string; password: string; ip: string },
): Promise<Account> {
  const email = normaliseEmail(input.email);
  if ((await readCounter(deps, loginFailureKey(email))) > MAX_FAILURES) {
    throw new AppError('email_code_login_limit', 'Too many login attempts. Please try again in 24 hours.', 429);
  }
  if ((await readCounter(deps, ipFailureKey(input.ip))) > MAX_IP_FAILURES) {
    throw new AppError('too_many_requests', 'Too many failed sign-in attempts from this address. Please try again later.', 429);
  }
  const account = await findAccountByEmail(deps.db, email);
  let ok = false;
  if (account) {
    for (const candidate of passwordCandidates(input.password)) {
      if (await verifyPassword(account.passwordHash, candidate)) {
        ok = true;
        break;
      }
    }
  }
  if (!account || !ok) {
    await hitCounter(deps, loginFailureKey(email), LOCKOUT_SECONDS, true);
    await hitCounter(deps, ipFailureKey(input.ip), IP_WINDOW_SECONDS);
    throw new AppError('authentication_failed', 'Invalid email or password.', 401);
  }
  await resetCounter(deps, loginFailureKey(email));
  return assertAccountUsable(deps, account);
}
