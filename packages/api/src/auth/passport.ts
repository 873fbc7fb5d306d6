import { type PassportCaller } from '../callers';
import { type RequestInfo } from '../context';
import { type AppDeps } from '../deps';
import { AppError, errors } from '../errors';
import { findWebApp, type WebAppFacts } from '../services/web-app/find-web-app';
import {
  memberMayOpen,
  webAppAccessDenied,
  type WebAppAccessMode,
  webAppTokenExpired,
  webSsoAuthRequired,
} from '../services/web-app/access-rules';
import { UUID } from '../validation';
import { bearerToken, signJwt, verifyJwt } from './tokens';

export const PASSPORT_SUBJECT = 'Web API Passport';
export const WEBAPP_PASSPORT_SOURCE = 'webapp';


/**
 * Dify's passport claims. Public passports carry no `user_id`; those of non-public apps are
 * exchanged for a web-app login token and carry the member (`user_id`), `token_source: "webapp"`,
 * `granted_at` and the login token's expiry. `access_mode` is Tessera's: the mode the passport was
 * granted under, so a change of mode ends it.
 */
export interface PassportClaims {
  iss: string;
  sub: typeof PASSPORT_SUBJECT;
  app_id: string;
  app_code: string;
  end_user_id: string;
  user_id?: string;
  token_source?: typeof WEBAPP_PASSPORT_SOURCE;
  auth_type?: 'internal' | 'external';
  granted_at?: number;
  access_mode?: WebAppAccessMode;
  exp?: number;
}

/** A long life for public passports: jose needs an expiry, Dify clients keep passports for good. */
const PUBLIC_PASSPORT_YEARS = 10;

export function signPassport(
  deps: Pick<AppDeps, 'config' | 'now'>,
  claims: Omit<PassportClaims, 'sub' | 'exp'>,
  expiresAt?: Date,
): Promise<string> {
  const now = deps.now();
  const expiry = expiresAt ?? new Date(now.getTime() + PUBLIC_PASSPORT_YEARS * 365 * 86_400_000);
  return signJwt(deps.config.secretKey, { ...claims, sub: PASSPORT_SUBJECT }, expiry);
}

/**
 * The passport of a web-app call: `X-App-Passport` (Dify 1.12 clients) or `Authorization: Bearer`
 * (older clients sent the passport there). Never a cookie: a cross-site page could ride on one.
 */
export function presentedPassport(headers: Headers): string | undefined {
  return headers.get('x-app-passport')?.trim() || bearerToken(headers) || undefined;
}

const unauthorized = (message: string) => errors.unauthorized(message);

/**
 * Whether a passport's holder may still use the app: a public app takes only public passports; a
 * non-public one only passports exchanged for a member's sign-in, while that member still may
 * open it (still in the workspace, still chosen for `private`) and the app's access mode is the
 * one the passport was granted under. Null when allowed, else Dify's error.
 */
export function passportAccessError(claims: Partial<PassportClaims>, app: WebAppFacts): AppError | null {
  const fromSignIn = claims.token_source === WEBAPP_PASSPORT_SOURCE;
  if (app.accessMode === 'public') return fromSignIn ? webAppTokenExpired() : null;
  if (!fromSignIn || typeof claims.user_id !== 'string') return webSsoAuthRequired();
  if (!memberMayOpen(app.accessMode, app) || claims.access_mode !== app.accessMode) return webAppAccessDenied();
  return null;
}

/** The claims of a well-formed passport signed by this server (signature and expiry checked). */
export async function readPassportClaims(
  deps: Pick<AppDeps, 'config' | 'now'>,
  token: string,
): Promise<Partial<PassportClaims> & Pick<PassportClaims, 'app_id' | 'end_user_id'>> {
  const claims = (await verifyJwt(deps.config.secretKey, token, deps.now())) as Partial<PassportClaims> & Record<string, unknown>;
  if (
    claims.sub !== PASSPORT_SUBJECT ||
    typeof claims.app_id !== 'string' ||
    !UUID.test(claims.app_id) ||
    typeof claims.end_user_id !== 'string' ||
    !UUID.test(claims.end_user_id)
  ) {
    throw unauthorized('Invalid token.');
  }
  return claims as Partial<PassportClaims> & Pick<PassportClaims, 'app_id' | 'end_user_id'>;
}

export interface VerifiedPassport {
  caller: PassportCaller;
  claims: Partial<PassportClaims>;
  app: WebAppFacts;
}

/**
 * Checks a passport with Dify's checks in order: invalid 401, app gone 404, site code changed 400,
 * site disabled 400, another app's code 401, end user gone 404, then the app's access rules. App,
 * site, end user and the member's standing come from one query; the end user must be the app's.
 */
export async function verifyPassport(deps: AppDeps, token: string, appCode: string | null): Promise<VerifiedPassport> {
  const claims = await readPassportClaims(deps, token);
  const userId = typeof claims.user_id === 'string' ? claims.user_id : null;
  const app = await findWebApp(deps.db, { app: { id: claims.app_id }, accountId: userId, endUserId: claims.end_user_id });
  if (!app) throw errors.notFound('not_found', 'App not found.');
  if (!app.site || app.site.code !== claims.app_code) throw errors.badRequest('bad_request', 'Site URL is no longer valid.');
  if (!app.enableSite) throw errors.badRequest('bad_request', 'Site is disabled.');
  if (appCode && appCode !== app.site.code) throw unauthorized('The passport is for another app.');
  if (!app.endUserId) throw errors.notFound('not_found', 'End user not found.');
  const denied = passportAccessError(claims, app);
  if (denied) throw denied;
  const caller: PassportCaller = {
    appId: app.appId,
    workspaceId: app.workspaceId,
    endUserId: app.endUserId,
    siteCode: app.site.code,
    mode: app.mode,
    ...(userId ? { accountId: userId } : {}),
  };
  return { caller, claims, app };
}

/**
 * Dify sends anyone whose passport fails on a non-public app to sign in: a missing, expired or
 * foreign passport there is `web_sso_auth_required`, so the web app shows its sign-in page.
 */
async function signInRequiredInstead(deps: AppDeps, appCode: string | null, error: AppError): Promise<AppError> {
  if (!appCode || error.status !== 401 || error.appCode !== 'unauthorized') return error;
  const app = await findWebApp(deps.db, { app: { siteCode: appCode } });
  return app && app.accessMode !== 'public' ? webSsoAuthRequired() : error;
}

/** Verifies the passport a web-app call presents; null when it presents none. */
export async function verifyPresentedPassport(deps: AppDeps, info: RequestInfo): Promise<VerifiedPassport | null> {
  const token = presentedPassport(info.headers);
  if (!token) return null;
  const appCode = info.headers.get('x-app-code');
  try {
    return await verifyPassport(deps, token, appCode);
  } catch (error) {
    throw error instanceof AppError ? await signInRequiredInstead(deps, appCode, error) : error;
  }
}

/** Resolves the passport's end user for a passport-authenticated call; null when none is presented. */
export async function resolvePassportCaller(deps: AppDeps, info: RequestInfo): Promise<PassportCaller | null> {
  return (await verifyPresentedPassport(deps, info))?.caller ?? null;
}

export const MISSING_PASSPORT = 'App token is missing.';

/** The error for a passport-authenticated call that presented none. */
export function missingPassportError(deps: AppDeps, info: RequestInfo): Promise<AppError> {
  return signInRequiredInstead(deps, info.headers.get('x-app-code'), unauthorized(MISSING_PASSPORT));
}
