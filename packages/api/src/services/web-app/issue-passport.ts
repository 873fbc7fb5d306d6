import { signPassport, WEBAPP_PASSPORT_SOURCE } from '../../auth/passport';
import { readWebAppLoginToken } from '../../auth/webapp-login-token';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { browserEndUser, memberEndUser } from '../end-users/end-users';
import { memberMayOpen, webAppAccessDenied, webSsoAuthRequired } from './access-rules';
import { findWebApp } from './find-web-app';

export interface PassportRequest {
  /** `X-App-Code`: the site code of the web app. */
  appCode: string | null;
  /** `?user_id`: the visitor id a public web app's client chose. */
  userId?: string | null;
  /** The web-app login token (`Authorization: Bearer`), needed for non-public apps. */
  loginToken?: string | null;
}

/**
 * `GET /api/passport`. A public app gives anyone a passport for the visitor they name (or a new
 * anonymous one). A non-public app gives one only to a signed-in member it admits, for that
 * member's own end user; the passport expires with the sign-in and names the access mode it was
 * granted under.
 */
export async function issuePassport(deps: AppDeps, request: PassportRequest): Promise<{ access_token: string }> {
  if (!request.appCode) throw errors.unauthorized('X-App-Code header is missing.');
  const login = request.loginToken ? await readWebAppLoginToken(deps, request.loginToken) : null;
  const app = await findWebApp(deps.db, { app: { siteCode: request.appCode }, accountId: login?.accountId });
  if (!app?.site || !app.enableSite) throw errors.notFound();
  const ref = { appId: app.appId, workspaceId: app.workspaceId };
  const base = { app_id: app.appId, app_code: app.site.code };

  if (app.accessMode === 'public') {
    const endUser = await browserEndUser(deps, ref, request.userId);
    return { access_token: await signPassport(deps, { ...base, iss: app.appId, end_user_id: endUser.id }) };
  }

  if (!login) throw webSsoAuthRequired();
  if (!memberMayOpen(app.accessMode, app) || !app.accountEmail) throw webAppAccessDenied();
  const endUser = await memberEndUser(deps, ref, { id: login.accountId, email: app.accountEmail });
  const access_token = await signPassport(
    deps,
    {
      ...base,
      iss: app.site.id,
      end_user_id: endUser.id,
      user_id: login.accountId,
      auth_type: 'internal',
      granted_at: Math.floor(deps.now().getTime() / 1000),
      token_source: WEBAPP_PASSPORT_SOURCE,
      access_mode: app.accessMode,
    },
    new Date(login.expiresAt * 1000),
  );
  return { access_token };
}
