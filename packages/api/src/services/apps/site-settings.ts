import { type IconType, type Site } from '@tessera/db';
import { type Actor } from '../../callers';
import { appsStore, type SiteChanges } from '../../data/apps';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, EDITING_ROLES, PRIVILEGED_ROLES } from '../authz';
import { findWorkspaceApp, uniqueSiteCode } from './app-rows';
import { assertIconUsable } from './icon';
import { presentSite } from './present-app';

/** The web-app settings `POST /apps/{app_id}/site` may change; null or absent leaves a setting as it is. */
export interface SiteSettingsInput {
  title?: string | null;
  icon_type?: IconType | null;
  icon?: string | null;
  icon_background?: string | null;
  description?: string | null;
  default_language?: string | null;
  chat_color_theme?: string | null;
  chat_color_theme_inverted?: boolean | null;
  customize_domain?: string | null;
  copyright?: string | null;
  privacy_policy?: string | null;
  custom_disclaimer?: string | null;
  customize_token_strategy?: 'must' | 'allow' | 'not_allow' | null;
  prompt_public?: boolean | null;
  show_workflow_steps?: boolean | null;
  use_icon_as_answer_icon?: boolean | null;
}

const COLUMNS = {
  title: 'title',
  icon_type: 'iconType',
  icon: 'icon',
  icon_background: 'iconBackground',
  description: 'description',
  default_language: 'defaultLanguage',
  chat_color_theme: 'chatColorTheme',
  chat_color_theme_inverted: 'chatColorThemeInverted',
  customize_domain: 'customizeDomain',
  copyright: 'copyright',
  privacy_policy: 'privacyPolicy',
  custom_disclaimer: 'customDisclaimer',
  customize_token_strategy: 'customizeTokenStrategy',
  prompt_public: 'promptPublic',
  show_workflow_steps: 'showWorkflowSteps',
  use_icon_as_answer_icon: 'useIconAsAnswerIcon',
} as const satisfies Record<keyof SiteSettingsInput, keyof Site>;

async function findAppSite(deps: AppDeps, workspaceId: string, appId: string): Promise<Site> {
  const site = await appsStore(deps.db, workspaceId).findSite(appId);
  if (!site) throw errors.notFound();
  return site;
}

async function writeSite(deps: AppDeps, actor: Actor, site: Site, changes: SiteChanges) {
  const updated = await appsStore(deps.db, actor.workspaceId).updateSite(site.appId, {
    ...changes,
    updatedBy: actor.accountId,
    updatedAt: deps.now(),
  });
  const row = updated ?? site;
  return { app_id: row.appId, ...presentSite(deps, row) };
}

/** `POST /apps/{app_id}/site`: editors change the web app's look and texts. */
export async function updateSiteSettings(deps: AppDeps, actor: Actor, appId: string, input: SiteSettingsInput) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  assertRole(actor, EDITING_ROLES);
  const site = await findAppSite(deps, actor.workspaceId, app.id);
  const changes: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(COLUMNS)) {
    const value = input[field as keyof SiteSettingsInput];
    if (value !== null && value !== undefined) changes[column] = value;
  }
  if (input.icon_type != null || input.icon != null) {
    await assertIconUsable(deps.db, actor.workspaceId, input.icon_type ?? site.iconType ?? 'emoji', input.icon ?? site.icon ?? '');
  }
  return writeSite(deps, actor, site, changes as SiteChanges);
}

/**
 * `POST /apps/{app_id}/site/access-token-reset`: admins and the owner give the web app a new
 * address. Passports carry the code they were issued for, so the old address and every passport
 * issued under it stop working at once.
 */
export async function resetSiteAccessToken(deps: AppDeps, actor: Actor, appId: string) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  assertRole(actor, PRIVILEGED_ROLES);
  const site = await findAppSite(deps, actor.workspaceId, app.id);
  return writeSite(deps, actor, site, { code: await uniqueSiteCode(deps.db) });
}
