import { type App, type IconType, type WorkspaceRole } from '@tessera/db';
import { type Actor } from '../../callers';
import { appsStore } from '../../data/apps';
import { type AppDeps } from '../../deps';
import { assertRole, EDITING_ROLES, PRIVILEGED_ROLES } from '../authz';
import { findWorkspaceApp } from './app-rows';
import { appDetail, appDetailWithSite } from './get-app';
import { assertIconUsable } from './icon';

type AppChanges = Partial<
  Pick<App, 'name' | 'description' | 'iconType' | 'icon' | 'iconBackground' | 'useIconAsAnswerIcon' | 'maxActiveRequests' | 'enableSite' | 'enableApi'>
>;

/** Loads the workspace's app (404 first, as Dify's loader runs before its role check), checks the role, writes. */
async function changeApp(deps: AppDeps, actor: Actor, appId: string, roles: readonly WorkspaceRole[], changes: AppChanges): Promise<App> {
  const current = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  assertRole(actor, roles);
  const iconType = changes.iconType ?? current.iconType;
  if (changes.iconType !== undefined || changes.icon !== undefined) {
    await assertIconUsable(deps.db, actor.workspaceId, iconType, changes.icon ?? current.icon);
  }
  const updated = await appsStore(deps.db, actor.workspaceId).update(current.id, {
    ...changes,
    updatedBy: actor.accountId,
    updatedAt: deps.now(),
  });
  return updated ?? current;
}

export interface UpdateAppInput {
  name: string;
  description?: string | null;
  icon_type?: IconType | null;
  icon?: string | null;
  icon_background?: string | null;
  use_icon_as_answer_icon?: boolean | null;
  max_active_requests?: number | null;
}

/** `PUT /apps/{app_id}`: fields left out keep their value; `max_active_requests: null` clears the limit. */
export async function updateApp(deps: AppDeps, actor: Actor, appId: string, input: UpdateAppInput) {
  const changes: AppChanges = { name: input.name };
  if (input.description != null) changes.description = input.description;
  if (input.icon_type) changes.iconType = input.icon_type;
  if (input.icon) changes.icon = input.icon;
  if (input.icon_background) changes.iconBackground = input.icon_background;
  if (input.use_icon_as_answer_icon != null) changes.useIconAsAnswerIcon = input.use_icon_as_answer_icon;
  if (input.max_active_requests !== undefined) changes.maxActiveRequests = input.max_active_requests;
  return appDetailWithSite(deps, await changeApp(deps, actor, appId, EDITING_ROLES, changes));
}

export async function renameApp(deps: AppDeps, actor: Actor, appId: string, name: string) {
  return appDetail(deps, await changeApp(deps, actor, appId, EDITING_ROLES, { name }));
}

export interface SetIconInput {
  icon?: string | null;
  icon_background?: string | null;
  icon_type?: IconType | null;
}

export async function setAppIcon(deps: AppDeps, actor: Actor, appId: string, input: SetIconInput) {
  const changes: AppChanges = {};
  if (input.icon_type) changes.iconType = input.icon_type;
  if (input.icon) changes.icon = input.icon;
  if (input.icon_background) changes.iconBackground = input.icon_background;
  return appDetail(deps, await changeApp(deps, actor, appId, EDITING_ROLES, changes));
}

export async function setSiteEnabled(deps: AppDeps, actor: Actor, appId: string, enable: boolean) {
  return appDetail(deps, await changeApp(deps, actor, appId, EDITING_ROLES, { enableSite: enable }));
}

/** Turning the Service API off or on is for admins and the owner only. */
export async function setApiEnabled(deps: AppDeps, actor: Actor, appId: string, enable: boolean) {
  return appDetail(deps, await changeApp(deps, actor, appId, PRIVILEGED_ROLES, { enableApi: enable }));
}
