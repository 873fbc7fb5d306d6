import { and, eq } from 'drizzle-orm';
import { apps, sites, workspaces } from '@tessera/db';
import { type PassportCaller } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { presentSiteSettings } from '../apps/service-metadata';

/**
 * `GET /api/site`: the passport's app and its web-app settings (Dify's skeleton A). Dify 1.12 never
 * sends the model configuration here; Tessera has no plans or logo replacement, so `plan` is the
 * workspace's and `custom_config` is null. No site or an archived workspace is 403.
 */
export async function webAppSite(deps: AppDeps, caller: PassportCaller) {
  const [row] = await deps.db
    .select({ enableSite: apps.enableSite, site: sites, plan: workspaces.plan, workspaceStatus: workspaces.status })
    .from(apps)
    .innerJoin(workspaces, eq(workspaces.id, apps.workspaceId))
    .innerJoin(sites, and(eq(sites.appId, apps.id), eq(sites.workspaceId, apps.workspaceId)))
    .where(and(eq(apps.id, caller.appId), eq(apps.workspaceId, caller.workspaceId)));
  if (!row || row.workspaceStatus === 'archive') throw errors.forbidden();
  return {
    app_id: caller.appId,
    end_user_id: caller.endUserId,
    enable_site: row.enableSite,
    site: { ...presentSiteSettings(deps, row.site), prompt_public: row.site.promptPublic },
    model_config: null,
    plan: row.plan,
    can_replace_logo: false,
    custom_config: null,
  };
}
