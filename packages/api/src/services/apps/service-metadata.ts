import { type App, type Site } from '@tessera/db';
import { type AppCaller } from '../../callers';
import { appsStore } from '../../data/apps';
import { workspaceStore } from '../../data/workspaces';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { iconUrl } from './icon';
import { loadAppExtras } from './present-app';

async function callerApp(deps: AppDeps, caller: AppCaller): Promise<App> {
  const app = await appsStore(deps.db, caller.workspaceId).find(caller.appId);
  if (!app) throw errors.forbidden('The app no longer exists.');
  return app;
}

/** `GET /v1/info`: name, description, tag names, mode and author of the key's app. */
export async function serviceAppInfo(deps: AppDeps, caller: AppCaller) {
  const app = await callerApp(deps, caller);
  const extras = (await loadAppExtras(deps.db, app.workspaceId, [app])).get(app.id)!;
  return {
    name: app.name,
    description: app.description,
    tags: extras.tags.map((tag) => tag.name),
    mode: app.mode,
    author_name: extras.authorName,
  };
}

/** A site's settings as Dify presents them to the Service API and to the web app. */
export function presentSiteSettings(deps: AppDeps, site: Site) {
  return {
    title: site.title,
    chat_color_theme: site.chatColorTheme,
    chat_color_theme_inverted: site.chatColorThemeInverted,
    icon_type: site.iconType,
    icon: site.icon,
    icon_background: site.iconBackground,
    icon_url: iconUrl(deps, site.iconType, site.icon),
    description: site.description,
    copyright: site.copyright,
    privacy_policy: site.privacyPolicy,
    custom_disclaimer: site.customDisclaimer,
    default_language: site.defaultLanguage,
    show_workflow_steps: site.showWorkflowSteps,
    use_icon_as_answer_icon: site.useIconAsAnswerIcon,
  };
}

/** `GET /v1/site`: the web-app settings of the key's app; no site or an archived workspace is 403. */
export async function serviceAppSite(deps: AppDeps, caller: AppCaller) {
  const app = await callerApp(deps, caller);
  const site = await appsStore(deps.db, app.workspaceId).findSite(app.id);
  if (!site) throw errors.forbidden();
  const workspace = await workspaceStore(deps.db, app.workspaceId).find();
  if (!workspace || workspace.status === 'archive') throw errors.forbidden();
  return presentSiteSettings(deps, site);
}
