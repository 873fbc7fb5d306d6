import { and, eq } from 'drizzle-orm';
import { type AppMode, apps, endUsers, sites } from '@tessera/db';
import { type RequestInfo } from '../context';
import { type AppDeps } from '../deps';
import { AppError } from '../errors';
import { signJwt, verifyJwt } from './tokens';

export const PASSPORT_SUBJECT = 'Web API Passport';

/** An end user of a published web app, as their passport names them. */
export interface PassportCaller {
  appId: string;
  workspaceId: string;
  endUserId: string;
  siteCode: string;
  mode: AppMode;
  /** The workspace member behind a passport of a private web app. */
  accountId?: string;
}

/** Dify's passport claims. Public passports carry no `exp` (Dify's never expire); private ones do. */
export interface PassportClaims {
  iss: string;
  sub: typeof PASSPORT_SUBJECT;
  app_id: string;
  app_code: string;
  end_user_id: string;
  user_id?: string;
  token_source?: 'webapp';
  auth_type?: 'internal' | 'external';
  granted_at?: number;
}

/** A long life for public passports: jose needs an expiry, Dify clients keep passports for good. */
const PUBLIC_PASSPORT_YEARS = 10;

export function signPassport(deps: Pick<AppDeps, 'config' | 'now'>, claims: Omit<PassportClaims, 'sub'>, expiresAt?: Date): Promise<string> {
  const now = deps.now();
  const expiry = expiresAt ?? new Date(now.getTime() + PUBLIC_PASSPORT_YEARS * 365 * 86_400_000);
  return signJwt(deps.config.secretKey, { ...claims, sub: PASSPORT_SUBJECT }, expiry);
}

/**
 * The passport of a web-app call: `X-App-Passport` (Dify 1.12 clients) or `Authorization: Bearer`
 * (older clients sent the passport there). Never a cookie: a cross-site page could ride on one.
 */
function presentedPassport(info: RequestInfo): string | undefined {
  const header = info.headers.get('x-app-passport')?.trim();
  if (header) return header;
  const authorization = info.headers.get('authorization');
  const match = authorization ? /^bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
  return match?.[1];
}

const unauthorized = (message: string) => new AppError('unauthorized', message, 401);

/**
 * Resolves the passport's end user with Dify's checks in order: missing 401, invalid 401, app gone
 * 404, site code changed 400, site disabled 400, end user gone 404. App, site and end user come from
 * one query, and the end user must belong to the passport's app.
 */
export async function resolvePassportCaller(deps: AppDeps, info: RequestInfo): Promise<PassportCaller | null> {
  const token = presentedPassport(info);
  if (!token) return null;
  const claims = (await verifyJwt(deps.config.secretKey, token, deps.now())) as Partial<PassportClaims> & Record<string, unknown>;
  if (claims.sub !== PASSPORT_SUBJECT || typeof claims.app_id !== 'string' || typeof claims.end_user_id !== 'string') {
    throw unauthorized('Invalid token.');
  }
  const [row] = await deps.db
    .select({ app: apps, siteCode: sites.code, endUserId: endUsers.id })
    .from(apps)
    .leftJoin(sites, eq(sites.appId, apps.id))
    .leftJoin(endUsers, and(eq(endUsers.id, claims.end_user_id), eq(endUsers.appId, apps.id)))
    .where(eq(apps.id, claims.app_id));
  if (!row) throw new AppError('not_found', 'App not found.', 404);
  if (!row.siteCode || row.siteCode !== claims.app_code) throw new AppError('bad_request', 'Site URL is no longer valid.', 400);
  if (!row.app.enableSite) throw new AppError('bad_request', 'Site is disabled.', 400);
  const appCode = info.headers.get('x-app-code');
  if (appCode && appCode !== row.siteCode) throw unauthorized('The passport is for another app.');
  if (!row.endUserId) throw new AppError('not_found', 'End user not found.', 404);
  return {
    appId: row.app.id,
    workspaceId: row.app.workspaceId,
    endUserId: row.endUserId,
    siteCode: row.siteCode,
    mode: row.app.mode,
    ...(typeof claims.user_id === 'string' ? { accountId: claims.user_id } : {}),
  };
}

export const MISSING_PASSPORT = 'App token is missing.';
