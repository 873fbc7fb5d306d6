import { and, asc, eq, inArray } from 'drizzle-orm';
import { accounts, apps, webAppAccessMembers, workspaceMembers } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, EDITING_ROLES } from '../authz';
import { avatarUrl } from '../files/signed-url';
import { findWorkspaceApp } from './app-rows';

/** Who may open a web app: anyone, the members chosen for it, or every member of the workspace. */
export const WEB_APP_ACCESS_MODES = ['public', 'private', 'private_all'] as const;
export type WebAppAccessMode = (typeof WEB_APP_ACCESS_MODES)[number];

export interface AccessSubject {
  subjectId: string;
  subjectType: 'account' | 'group';
}

/** A member as Dify's access-control dialog shows one (`AccessControlAccount`). */
export function presentAccessAccount(deps: AppDeps, account: { id: string; name: string; email: string; avatar: string | null }) {
  return { id: account.id, name: account.name, email: account.email, avatar: account.avatar ?? '', avatarUrl: avatarUrl(deps, account.avatar) ?? '' };
}

/** `GET /enterprise/webapp/app/access-mode?appId=`. */
export async function getWebAppAccessMode(deps: AppDeps, actor: Actor, appId: string) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  return { accessMode: app.accessMode };
}

/** The chosen accounts, each a member of the workspace; anyone else is bad input rather than a 404. */
async function memberIds(deps: AppDeps, workspaceId: string, subjects: AccessSubject[]): Promise<string[]> {
  if (subjects.some((subject) => subject.subjectType !== 'account')) {
    throw errors.invalidParam('subjects: groups are not supported, choose workspace members', 'subjects');
  }
  const ids = [...new Set(subjects.map((subject) => subject.subjectId))];
  if (ids.length === 0) return [];
  const found = await deps.db
    .select({ id: workspaceMembers.accountId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), inArray(workspaceMembers.accountId, ids)));
  const known = new Set(found.map((row) => row.id));
  const stranger = ids.find((id) => !known.has(id));
  if (stranger) throw errors.invalidParam(`subjects: ${stranger} is not a member of this workspace`, 'subjects');
  return ids;
}

/**
 * `POST /enterprise/webapp/app/access-mode`: editors set who may open the web app. `subjects`, when
 * given, replaces the members chosen for `private` mode; the mode and the list change together.
 */
export async function updateWebAppAccessMode(
  deps: AppDeps,
  actor: Actor,
  input: { appId: string; accessMode: WebAppAccessMode; subjects?: AccessSubject[] | null },
) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, input.appId);
  assertRole(actor, EDITING_ROLES);
  const chosen = input.subjects ? await memberIds(deps, actor.workspaceId, input.subjects) : null;
  await deps.db.transaction(async (tx) => {
    await tx
      .update(apps)
      .set({ accessMode: input.accessMode, updatedBy: actor.accountId, updatedAt: deps.now() })
      .where(and(eq(apps.id, app.id), eq(apps.workspaceId, actor.workspaceId)));
    if (!chosen) return;
    await tx.delete(webAppAccessMembers).where(and(eq(webAppAccessMembers.appId, app.id), eq(webAppAccessMembers.workspaceId, actor.workspaceId)));
    if (chosen.length > 0) {
      await tx.insert(webAppAccessMembers).values(chosen.map((accountId) => ({ appId: app.id, workspaceId: actor.workspaceId, accountId })));
    }
  });
  return { result: true };
}

/**
 * `GET /enterprise/webapp/app/subjects?appId=`: the members chosen for the web app. Someone who has
 * left the workspace is no longer listed. Tessera has no member groups.
 */
export async function listWebAppAccessSubjects(deps: AppDeps, actor: Actor, appId: string) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  const rows = await deps.db
    .select({ id: accounts.id, name: accounts.name, email: accounts.email, avatar: accounts.avatar })
    .from(webAppAccessMembers)
    .innerJoin(accounts, eq(accounts.id, webAppAccessMembers.accountId))
    .innerJoin(
      workspaceMembers,
      and(eq(workspaceMembers.accountId, webAppAccessMembers.accountId), eq(workspaceMembers.workspaceId, webAppAccessMembers.workspaceId)),
    )
    .where(and(eq(webAppAccessMembers.appId, app.id), eq(webAppAccessMembers.workspaceId, actor.workspaceId)))
    .orderBy(asc(accounts.name), asc(accounts.id));
  return { groups: [] as never[], members: rows.map((row) => presentAccessAccount(deps, row)) };
}
