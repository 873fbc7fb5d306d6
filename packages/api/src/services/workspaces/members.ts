import { and, asc, eq } from 'drizzle-orm';
import { type AccountStatus, accounts, workspaceMembers, type WorkspaceRole } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { toUnix, toUnixRequired } from '../../validation';
import { avatarUrl } from '../files/signed-url';

/** One account in Dify's member list. */
export interface MemberView {
  id: string;
  name: string;
  email: string;
  avatar: string | null;
  avatar_url: string | null;
  last_login_at: number | null;
  last_active_at: number | null;
  created_at: number;
  role: WorkspaceRole;
  status: AccountStatus;
}

/** The current workspace's members, in the order they joined; `role` narrows to one role. */
export async function listMembers(deps: AppDeps, actor: Actor, options: { role?: WorkspaceRole } = {}): Promise<MemberView[]> {
  const rows = await deps.db
    .select({ account: accounts, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(accounts, eq(accounts.id, workspaceMembers.accountId))
    .where(
      and(
        eq(workspaceMembers.workspaceId, actor.workspaceId),
        options.role ? eq(workspaceMembers.role, options.role) : undefined,
      ),
    )
    .orderBy(asc(workspaceMembers.createdAt), asc(accounts.id));
  return rows.map(({ account, role }) => ({
    id: account.id,
    name: account.name,
    email: account.email,
    avatar: account.avatar,
    avatar_url: avatarUrl(deps, account.avatar),
    last_login_at: toUnix(account.lastLoginAt),
    last_active_at: toUnix(account.lastActiveAt),
    created_at: toUnixRequired(account.createdAt),
    role,
    status: account.status,
  }));
}
