import { type Account } from '@tessera/db';
import { type AppDeps } from '../deps';
import { errors } from '../errors';
import { UUID } from '../validation';
import { PASSPORT_SUBJECT } from './passport';
import { signJwt, verifyJwt } from './tokens';

export const WEBAPP_LOGIN_TOKEN_SOURCE = 'webapp_login_token';

/** A workspace member signed in to web apps; exchanged at `GET /api/passport` for an app's passport. */
export interface WebAppLogin {
  accountId: string;
  /** Unix seconds; passports exchanged for this token expire with it. */
  expiresAt: number;
}

/**
 * Dify's web-app login token: `{sub: "Web API Passport", user_id, session_id: email, token_source:
 * "webapp_login_token", auth_type: "internal"}`, valid for ACCESS_TOKEN_EXPIRE_MINUTES × 24 minutes
 * (a day by default). It opens no app by itself: every exchange checks the app's access rules.
 */
export function signWebAppLoginToken(deps: Pick<AppDeps, 'config' | 'now'>, account: Pick<Account, 'id' | 'email'>): Promise<string> {
  const expiresAt = new Date(deps.now().getTime() + deps.config.accessTokenMinutes * 24 * 60_000);
  return signJwt(
    deps.config.secretKey,
    {
      sub: PASSPORT_SUBJECT,
      user_id: account.id,
      session_id: account.email,
      token_source: WEBAPP_LOGIN_TOKEN_SOURCE,
      auth_type: 'internal',
    },
    expiresAt,
  );
}

/**
 * Reads a web-app login token. Older clients send the app's passport as the bearer token on every
 * call, `/api/passport` included, so a valid passport here means "no login token" rather than an
 * error; any other token (a console token, another subject) is refused as Dify refuses it.
 */
export async function readWebAppLoginToken(deps: Pick<AppDeps, 'config' | 'now'>, token: string): Promise<WebAppLogin | null> {
  const claims = await verifyJwt(deps.config.secretKey, token, deps.now());
  if (claims.sub === PASSPORT_SUBJECT && typeof claims.end_user_id === 'string' && claims.token_source !== WEBAPP_LOGIN_TOKEN_SOURCE) {
    return null;
  }
  if (
    claims.sub !== PASSPORT_SUBJECT ||
    claims.token_source !== WEBAPP_LOGIN_TOKEN_SOURCE ||
    typeof claims.user_id !== 'string' ||
    !UUID.test(claims.user_id) ||
    typeof claims.exp !== 'number'
  ) {
    throw errors.unauthorized("Invalid token source. Expected 'webapp_login_token'.");
  }
  return { accountId: claims.user_id, expiresAt: claims.exp };
}
