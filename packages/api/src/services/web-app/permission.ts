import { passportAccessError, readPassportClaims } from '../../auth/passport';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { findWebApp } from './find-web-app';

export interface PermissionQuery {
  appId?: string | null;
  /** `X-App-Code`. */
  appCode?: string | null;
  /** The passport the caller presented, if any. */
  passport?: string | null;
}

/**
 * `GET /api/webapp/permission`: whether the caller may open the app. A public app admits everyone
 * without a credential; otherwise the passport must be this app's and pass the same access rules
 * as every passport-authenticated call. A refused member is `{result: false}`, not an error, so
 * the web app can show its "no permission" page; a missing or broken passport is 401.
 */
export async function webAppPermission(deps: AppDeps, query: PermissionQuery): Promise<{ result: boolean }> {
  if (!query.appId || !query.appCode) throw errors.invalidParam('appId must be provided', 'appId');
  const read = query.passport ? await readPassportClaims(deps, query.passport).catch((error: unknown) => ({ error })) : null;
  const claims = read && !('error' in read) ? read : null;
  const app = await findWebApp(deps.db, { app: { id: query.appId }, accountId: claims?.user_id });
  if (!app) throw errors.appNotFound();
  if (app.accessMode === 'public') return { result: true };
  if (!read) throw errors.unauthorized('Access token is missing.');
  if (!claims) throw (read as { error: unknown }).error;
  const sameApp = claims.app_id === app.appId && app.site?.code === query.appCode && claims.app_code === query.appCode;
  return { result: sameApp && passportAccessError(claims, app) === null };
}
