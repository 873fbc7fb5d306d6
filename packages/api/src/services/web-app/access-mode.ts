import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type WebAppAccessMode } from './access-rules';
import { findWebApp } from './find-web-app';

/**
 * `GET /api/webapp/access-mode`: who may open an app's web app, by app id or site code (the code
 * wins when both are given, as in Dify). Public to anyone who knows the app, as Dify's is: the
 * web app asks before it has any credential, to choose between a passport and a sign-in page.
 */
export async function webAppAccessModeOf(
  deps: AppDeps,
  input: { appId?: string | null; appCode?: string | null },
): Promise<{ accessMode: WebAppAccessMode }> {
  if (!input.appId && !input.appCode) throw errors.invalidParam('appId or appCode must be provided');
  const app = await findWebApp(deps.db, { app: input.appCode ? { siteCode: input.appCode } : { id: input.appId! } });
  if (!app) throw errors.appNotFound();
  return { accessMode: app.accessMode };
}
