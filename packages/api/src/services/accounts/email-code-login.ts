import { eq } from 'drizzle-orm';
import { type Account, accounts, workspaceMembers } from '@tessera/db';
import { codeMatches } from '../../auth/codes';
import { assertMailSendAllowed, assertSendRate } from '../../auth/mail-send-limit';
import { consumeToken, findLiveToken, issueOneTimeToken } from '../../auth/one-time-tokens';
import { checkWithinAttempts } from '../../auth/attempt-guard';
import { type AttemptLimit, resetCounter } from '../../auth/rate-limit';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { emailCodeLoginMail, mailLanguage } from '../../mail/templates';
import { createOwnedWorkspace, defaultWorkspaceName } from '../workspaces/create-workspace';
import { assertAccountNotBanned, assertAccountUsable, loginFailureKey } from './authenticate';
import { findAccountByEmail, normaliseEmail } from './find-account';
import { accountNotFound, emailCodeError, invalidEmail, invalidOrExpiredToken } from './errors';

const SENDS_PER_WINDOW = 3;
const SEND_WINDOW_SECONDS = 300;
// More than five wrong codes for an address lock it for a day from the last one: six are checked.
const CODE_ATTEMPTS: AttemptLimit = { max: 6, windowSeconds: 86_400, renew: true };

const sendKey = (email: string) => `email_code_login_rate_limit:${email}`;
const codeFailureKey = (email: string) => `email_code_login_error:${email}`;

export interface SendEmailCodeLoginInput {
  email: string;
  language?: string | null;
  ip: string;
}

/**
 * Mails a six-digit sign-in code and answers the token that goes with it. Unknown addresses get a
 * code only when registration is open; the account is created when the code is checked.
 */
export async function sendEmailCodeLogin(deps: AppDeps, input: SendEmailCodeLoginInput): Promise<string> {
  const email = normaliseEmail(input.email);
  await assertMailSendAllowed(deps, input.ip);
  const account = await findAccountByEmail(deps.db, email);
  if (!account && !deps.config.allowRegister) throw accountNotFound();
  if (account) assertAccountNotBanned(account);
  await assertSendRate(deps, sendKey(email), SENDS_PER_WINDOW, SEND_WINDOW_SECONDS, () =>
    errors.tooManyRequests('email_code_login_rate_limit_exceeded', 'Too many login emails have been sent. Please try again in 5 minutes.'),
  );
  const issued = await issueOneTimeToken(deps, { type: 'email_code_login', email, accountId: account?.id ?? null, withCode: true });
  await deps.mailer.send({ to: email, ...emailCodeLoginMail(input.language, issued.code ?? '') });
  return issued.token;
}

export interface EmailCodeCredentials {
  email: string;
  /** Six digits, plain or Base64-encoded. */
  code: string;
  token: string;
  ip: string;
  /** Interface language of an account created by this sign-in. */
  language?: string | null;
}

const codeLockedOut = () => errors.tooManyRequests('email_code_login_limit', 'Too many login attempts. Please try again in 24 hours.');

/**
 * Checks a mailed sign-in code and answers the account it signs in: the token and code work once
 * and for five minutes, more than five wrong codes lock the address for a day (each check is
 * counted before the code is compared, so parallel guesses cannot outrun the lockout), and an
 * unknown address becomes a new account with its own workspace when registration is open. Shared
 * by the REST validity endpoint and the web app's credentials sign-in.
 */
export async function authenticateWithEmailCode(deps: AppDeps, input: EmailCodeCredentials): Promise<Account> {
  const email = normaliseEmail(input.email);
  const account = await checkWithinAttempts(
    deps,
    [{ key: codeFailureKey(email), limit: CODE_ATTEMPTS, refused: codeLockedOut, onSuccess: 'reset' }],
    'email_code_error',
    () => signInWithCode(deps, email, input),
  );
  await resetCounter(deps, loginFailureKey(email));
  return assertAccountUsable(deps, account);
}

/** The token must be live and this address's; only a wrong code counts as a failed guess. */
async function signInWithCode(deps: AppDeps, email: string, input: EmailCodeCredentials): Promise<Account> {
  const row = await findLiveToken(deps, 'email_code_login', input.token);
  if (!row) throw invalidOrExpiredToken();
  if (row.email !== email) throw invalidEmail();
  if (!codeMatches(row.code, input.code)) throw emailCodeError();
  const existing = await findAccountByEmail(deps.db, email);
  if (existing) assertAccountNotBanned(existing);
  if (!existing && !deps.config.allowRegister) throw accountNotFound();

  return deps.db.transaction(async (tx) => {
    if (!(await consumeToken(deps, 'email_code_login', input.token, tx))) throw invalidOrExpiredToken();
    let signedIn = existing;
    if (!signedIn) {
      [signedIn] = await tx
        .insert(accounts)
        .values({ email, name: email, interfaceLanguage: mailLanguage(input.language), status: 'active', initializedAt: deps.now() })
        .returning();
      if (!signedIn) throw new Error('account insert returned nothing');
    }
    const [membership] = await tx
      .select({ id: workspaceMembers.id })
      .from(workspaceMembers)
      .where(eq(workspaceMembers.accountId, signedIn.id))
      .limit(1);
    if (!membership) {
      if (!deps.config.allowCreateWorkspace) {
        throw errors.badRequest('not_allowed_create_workspace', 'Workspace not found, please contact system admin to invite you to join in a workspace.');
      }
      await createOwnedWorkspace(tx, signedIn.id, defaultWorkspaceName(signedIn.name));
    }
    return signedIn;
  });
}
