import { signWebAppLoginToken } from '../../auth/webapp-login-token';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { authenticateWithPassword } from '../accounts/authenticate';
import { authenticateWithEmailCode, sendEmailCodeLogin } from '../accounts/email-code-login';
import { findAccountByEmail } from '../accounts/find-account';

// Web-app sign-in is for existing workspace members only: it never registers an account, so an
// unknown address is refused as Dify refuses it, whatever ALLOW_REGISTER says for the console.
const authenticationFailed = () => errors.unauthenticated('authentication_failed', 'Invalid email or password.');

async function assertAccountExists(deps: AppDeps, email: string): Promise<void> {
  if (!(await findAccountByEmail(deps.db, email))) throw authenticationFailed();
}

/**
 * `POST /api/login`: email and password (plain or Base64) through the console's sign-in with its
 * lockouts, so web-app and console attempts share one count. Answers a web-app login token.
 */
export async function webAppPasswordSignIn(
  deps: AppDeps,
  input: { email: string; password: string; ip: string },
): Promise<{ access_token: string }> {
  const account = await authenticateWithPassword(deps, input);
  return { access_token: await signWebAppLoginToken(deps, account) };
}

/** `POST /api/email-code-login`: mails a sign-in code to an existing account; answers its token. */
export async function sendWebAppEmailCode(
  deps: AppDeps,
  input: { email: string; language?: string | null; ip: string },
): Promise<string> {
  await assertAccountExists(deps, input.email);
  return sendEmailCodeLogin(deps, input);
}

/** `POST /api/email-code-login/validity`: checks the mailed code (with the console's lockout). */
export async function webAppEmailCodeSignIn(
  deps: AppDeps,
  input: { email: string; code: string; token: string; ip: string },
): Promise<{ access_token: string }> {
  await assertAccountExists(deps, input.email);
  const account = await authenticateWithEmailCode(deps, input);
  return { access_token: await signWebAppLoginToken(deps, account) };
}
