import { type AppDeps } from '../deps';
import { signJwt } from './tokens';

export const ACCESS_TOKEN_SUBJECT = 'Console API Passport';

/** Which sign-in a credential belongs to: the account and its row in `sessions`. */
export interface SessionRef {
  accountId: string;
  sessionId: string;
}

/**
 * The console's access and CSRF tokens for a session. Both carry the session id (`sid`, next to
 * Dify's own claims), so they stop working the moment the session row is gone, and a CSRF token
 * from one sign-in cannot vouch for another sign-in's cookie.
 */
export async function signConsoleTokens(
  deps: AppDeps,
  session: SessionRef,
): Promise<{ access_token: string; csrf_token: string }> {
  const expires = new Date(deps.now().getTime() + deps.config.accessTokenMinutes * 60_000);
  const access_token = await signJwt(
    deps.config.secretKey,
    { user_id: session.accountId, sid: session.sessionId, iss: deps.config.edition, sub: ACCESS_TOKEN_SUBJECT },
    expires,
  );
  const csrf_token = await signJwt(deps.config.secretKey, { sub: session.accountId, sid: session.sessionId }, expires);
  return { access_token, csrf_token };
}
