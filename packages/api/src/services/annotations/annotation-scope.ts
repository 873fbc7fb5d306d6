import { and, asc, eq } from 'drizzle-orm';
import { accounts, apps, workspaceMembers } from '@tessera/db';
import { type PassportCaller } from '../../callers';
import { type Actor, type AppCaller } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, EDITING_ROLES } from '../authz';

/**
 * Whose annotations a call reaches and who writes them: one app of one workspace, and the account
 * recorded as the author. Every annotation query filters by both ids, so an id from another app or
 * workspace never resolves.
 */
export interface AnnotationScope {
  workspaceId: string;
  appId: string;
  accountId: string;
}

/** Dify's annotation service answers a missing app with werkzeug's NotFound. */
const appNotFound = () => errors.notFound('not_found', 'App not found');

async function assertWorkspaceApp(deps: AppDeps, workspaceId: string, appId: string): Promise<void> {
  const [app] = await deps.db
    .select({ id: apps.id })
    .from(apps)
    .where(and(eq(apps.id, appId), eq(apps.workspaceId, workspaceId)));
  if (!app) throw appNotFound();
}

/**
 * The console's annotation endpoints: editors, admins and the owner only (Dify's
 * `edit_permission_required`, checked before the app is looked up), on an app of their workspace.
 */
export async function consoleEditorScope(deps: AppDeps, actor: Actor, appId: string): Promise<AnnotationScope> {
  assertRole(actor, EDITING_ROLES);
  await assertWorkspaceApp(deps, actor.workspaceId, appId);
  return { workspaceId: actor.workspaceId, appId, accountId: actor.accountId };
}

/**
 * The Service API takes no `user` here and acts as the workspace's owner, who is recorded as the
 * author of what the key creates.
 */
export async function serviceApiScope(deps: AppDeps, app: AppCaller): Promise<AnnotationScope> {
  const [owner] = await deps.db
    .select({ id: accounts.id })
    .from(workspaceMembers)
    .innerJoin(accounts, eq(accounts.id, workspaceMembers.accountId))
    .where(and(eq(workspaceMembers.workspaceId, app.workspaceId), eq(workspaceMembers.role, 'owner'), eq(accounts.status, 'active')))
    .orderBy(asc(workspaceMembers.createdAt))
    .limit(1);
  if (!owner) throw errors.unauthorized('Tenant owner account not found or tenant is not active.');
  return { workspaceId: app.workspaceId, appId: app.appId, accountId: owner.id };
}

/**
 * The web app's "annotate this answer": only a passport that carries a workspace member who may
 * edit apps (a private web app's signed-in editor); an anonymous visitor can never write the
 * answers the app gives everyone.
 */
export async function webAppEditorScope(deps: AppDeps, passport: PassportCaller): Promise<AnnotationScope> {
  if (!passport.accountId) throw errors.forbidden();
  const [member] = await deps.db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(accounts, eq(accounts.id, workspaceMembers.accountId))
    .where(
      and(
        eq(workspaceMembers.workspaceId, passport.workspaceId),
        eq(workspaceMembers.accountId, passport.accountId),
        eq(accounts.status, 'active'),
      ),
    );
  if (!member || !EDITING_ROLES.includes(member.role)) throw errors.forbidden();
  return { workspaceId: passport.workspaceId, appId: passport.appId, accountId: passport.accountId };
}

/** 404 for an annotation id that is not this app's. */
export const annotationNotFound = () => errors.notFound('not_found', 'Annotation not found');
