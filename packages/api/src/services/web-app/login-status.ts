import { verifyPassport } from '../../auth/passport';
import { readWebAppLoginToken } from '../../auth/webapp-login-token';
import { type AppDeps } from '../../deps';
import { findWebApp } from './find-web-app';

export interface LoginStatusQuery {
  appCode?: string | null;
  /** For a public passport: the visitor it must name. */
  userId?: string | null;
  /** `Authorization: Bearer`: the web-app login token. */
  loginToken?: string | null;
  /** `X-App-Passport`: the app's passport. */
  passport?: string | null;
}

const settles = <T>(promise: Promise<T>) => promise.then((value) => ({ ok: true as const, value })).catch(() => ({ ok: false as const }));

/**
 * `GET /api/login/status`: `logged_in` says the caller needs no sign-in for the app (it is public,
 * or the login token is valid), `app_logged_in` that the passport still works for the app (and,
 * for a visitor's passport, names `user_id`). Never an error: a broken token is just "no".
 */
export async function webAppLoginStatus(deps: AppDeps, query: LoginStatusQuery): Promise<{ logged_in: boolean; app_logged_in: boolean }> {
  const login = query.loginToken ? await settles(readWebAppLoginToken(deps, query.loginToken)) : null;
  const signedIn = Boolean(login?.ok && login.value);
  if (!query.appCode) return { logged_in: signedIn, app_logged_in: false };
  const app = await findWebApp(deps.db, { app: { siteCode: query.appCode } });
  const passport = query.passport ? await settles(verifyPassport(deps, query.passport, query.appCode)) : null;
  const named = (granted: Awaited<ReturnType<typeof verifyPassport>>) =>
    !query.userId || granted.caller.accountId !== undefined || granted.app.endUserSessionId === query.userId;
  return {
    logged_in: app?.accessMode === 'public' || signedIn,
    app_logged_in: Boolean(passport?.ok && named(passport.value)),
  };
}
