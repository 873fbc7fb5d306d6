import { inArray } from 'drizzle-orm';
import { accounts, type App, type Database, type Site } from '@tessera/db';
import { type TagRef, tagsStore } from '../../data/tags';
import { type AppDeps } from '../../deps';
import { toUnixRequired } from '../../validation';
import { iconUrl } from './icon';
import { displayMode, normaliseModelConfig } from './model-config';
import { hasTriggerNode } from './workflow-draft';

export interface AppExtras {
  tags: TagRef[];
  authorName: string | null;
}

/** Tags and author names for a page of apps, in two queries. */
export async function loadAppExtras(db: Database, workspaceId: string, rows: App[]): Promise<Map<string, AppExtras>> {
  const tagsByApp = await tagsStore(db, workspaceId).forTargets(
    'app',
    rows.map((a) => a.id),
  );
  const authorIds = [...new Set(rows.map((a) => a.createdBy).filter((id): id is string => !!id))];
  const authors = authorIds.length
    ? await db.select({ id: accounts.id, name: accounts.name }).from(accounts).where(inArray(accounts.id, authorIds))
    : [];
  const names = new Map(authors.map((a) => [a.id, a.name]));
  return new Map(
    rows.map((a) => [a.id, { tags: tagsByApp.get(a.id) ?? [], authorName: a.createdBy ? (names.get(a.createdBy) ?? null) : null }]),
  );
}

const stamps = (app: App) => ({
  created_by: app.createdBy,
  created_at: toUnixRequired(app.createdAt),
  updated_by: app.updatedBy,
  updated_at: toUnixRequired(app.updatedAt),
});

function fullModelConfig(app: App) {
  if (!app.modelConfig) return null;
  return { ...normaliseModelConfig(app.modelConfig), ...stamps(app) };
}

/** One row of `GET /apps` (Dify's `app_partial_fields`). */
export function presentAppPartial(deps: AppDeps, app: App, extras: AppExtras) {
  const config = app.modelConfig ? normaliseModelConfig(app.modelConfig) : null;
  const prompt = typeof config?.pre_prompt === 'string' ? config.pre_prompt : '';
  return {
    id: app.id,
    name: app.name,
    max_active_requests: app.maxActiveRequests,
    description: app.description || prompt,
    mode: displayMode(app.mode, config),
    icon_type: app.iconType,
    icon: app.icon,
    icon_background: app.iconBackground,
    icon_url: iconUrl(deps, app.iconType, app.icon),
    model_config: config ? { model: config.model as Record<string, unknown>, pre_prompt: prompt, ...stamps(app) } : null,
    // Dify's `app.workflow` is the published workflow; apps hold only a draft, which is never it.
    workflow: null,
    use_icon_as_answer_icon: app.useIconAsAnswerIcon,
    ...stamps(app),
    tags: extras.tags,
    access_mode: app.accessMode,
    create_user_name: extras.authorName,
    author_name: extras.authorName,
    has_draft_trigger: hasTriggerNode(app.workflowDraft),
  };
}

/** Dify's `app_detail_fields`, with the app's tags. */
export function presentAppDetail(app: App, extras: AppExtras) {
  return {
    id: app.id,
    name: app.name,
    description: app.description,
    mode: displayMode(app.mode, app.modelConfig),
    icon: app.icon,
    icon_background: app.iconBackground,
    enable_site: app.enableSite,
    enable_api: app.enableApi,
    model_config: fullModelConfig(app),
    workflow: null,
    tracing: null,
    use_icon_as_answer_icon: app.useIconAsAnswerIcon,
    ...stamps(app),
    access_mode: app.accessMode,
    tags: extras.tags,
  };
}

export function presentSite(deps: AppDeps, site: Site) {
  return {
    access_token: site.code,
    code: site.code,
    title: site.title,
    icon_type: site.iconType,
    icon: site.icon,
    icon_background: site.iconBackground,
    icon_url: iconUrl(deps, site.iconType, site.icon),
    description: site.description,
    default_language: site.defaultLanguage,
    chat_color_theme: site.chatColorTheme,
    chat_color_theme_inverted: site.chatColorThemeInverted,
    customize_domain: site.customizeDomain,
    copyright: site.copyright,
    privacy_policy: site.privacyPolicy,
    custom_disclaimer: site.customDisclaimer,
    customize_token_strategy: site.customizeTokenStrategy,
    prompt_public: site.promptPublic,
    app_base_url: deps.urls.consoleWeb,
    show_workflow_steps: site.showWorkflowSteps,
    use_icon_as_answer_icon: site.useIconAsAnswerIcon,
    created_by: site.createdBy,
    created_at: toUnixRequired(site.createdAt),
    updated_by: site.updatedBy,
    updated_at: toUnixRequired(site.updatedAt),
  };
}

/** Dify's `app_detail_fields_with_site`: the detail plus icon URL, API base URL and the site. */
export function presentAppDetailWithSite(deps: AppDeps, app: App, site: Site | undefined, extras: AppExtras) {
  return {
    ...presentAppDetail(app, extras),
    icon_type: app.iconType,
    icon_url: iconUrl(deps, app.iconType, app.icon),
    api_base_url: `${deps.urls.appApi}/v1`,
    max_active_requests: app.maxActiveRequests,
    // Agent tools whose provider has gone away; with no tool-provider registry, none has.
    deleted_tools: [] as { type: string; tool_name: string; provider_id: string }[],
    site: site ? presentSite(deps, site) : null,
  };
}

export type AppPartialView = ReturnType<typeof presentAppPartial>;
export type AppDetailView = ReturnType<typeof presentAppDetail>;
export type AppDetailWithSiteView = ReturnType<typeof presentAppDetailWithSite>;
