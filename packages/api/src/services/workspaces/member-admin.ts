import { and, eq, isNull, sql } from 'drizzle-orm';
import { accounts, oneTimeTokens, workspaceMembers, type Transaction } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { endAccountSessions } from '../accounts/sessions';
import { isWorkspaceRole, memberErrors } from './member-errors';

/**
 * Locks the operator's membership row and checks, inside the transaction, that the operator is
 * still the owner: two owner actions at once run one after the other, on fresh roles.
 */
async function assertOwnerInTx(tx: Transaction, actor: Actor, action: 'remove' | 'update'): Promise<void> {
  const [operator] = await tx
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, actor.workspaceId), eq(workspaceMembers.accountId, actor.accountId)))
    .for('update');
  if (operator?.role !== 'owner') throw memberErrors.noPermission(action);
}

/**
 * Removes an account from the current workspace (owner only). Its sessions can no longer act
 * there from the next request on, because every request resolves the workspace from the
 * account's memberships. Sessions are the account's, not the workspace's (as in Dify): an account
 * that still belongs to another workspace keeps its sessions, and those whose current workspace
 * was this one move to the first other workspace it joined. This workspace's owner does not get
 * to sign someone out of workspaces that are not theirs. An account left with no workspace has
 * all its sessions ended, so its refresh tokens mint nothing and nothing revives if it is invited
 * back. An invitee who never activated and belongs nowhere else is deleted with its invitation.
 */
export async function removeMember(deps: AppDeps, actor: Actor, memberId: string): Promise<void> {
  if (memberId === actor.accountId) throw memberErrors.cannotOperateSelf();
  if (actor.role !== 'owner') throw memberErrors.noPermission('remove');
  await deps.db.transaction(async (tx) => {
    await assertOwnerInTx(tx, actor, 'remove');
    const removed = await tx
      .delete(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, actor.workspaceId), eq(workspaceMembers.accountId, memberId)))
      .returning({ accountId: workspaceMembers.accountId });
    if (removed.length === 0) throw memberErrors.notFound();
    await tx
      .update(oneTimeTokens)
      .set({ usedAt: deps.now() })
      .where(
        and(
          eq(oneTimeTokens.type, 'invite_member'),
          eq(oneTimeTokens.accountId, memberId),
          isNull(oneTimeTokens.usedAt),
          sql`${oneTimeTokens.data}->>'workspace_id' = ${actor.workspaceId}`,
        ),
      );
    const [elsewhere] = await tx
      .select({ id: workspaceMembers.id })
      .from(workspaceMembers)
      .where(eq(workspaceMembers.accountId, memberId))
      .limit(1);
    if (!elsewhere) {
      await endAccountSessions(tx, memberId);
      await tx.delete(accounts).where(and(eq(accounts.id, memberId), eq(accounts.status, 'pending')));
    }
  });
}

/**
 * Changes a member's role (owner only). Making someone owner hands the workspace over: the
 * current owner becomes an admin in the same transaction, so there is always exactly one owner.
 * Sessions are left alone: every request reads the role from the membership, so a demotion (the
 * former owner's included) holds from the next request on.
 */
export async function updateMemberRole(deps: AppDeps, actor: Actor, memberId: string, role: string): Promise<void> {
  if (!isWorkspaceRole(role)) throw memberErrors.invalidRole();
  if (memberId === actor.accountId) throw memberErrors.cannotOperateSelf();
  if (actor.role !== 'owner') throw memberErrors.noPermission('update');
  await deps.db.transaction(async (tx) => {
    await assertOwnerInTx(tx, actor, 'update');
    const memberWhere = and(eq(workspaceMembers.workspaceId, actor.workspaceId), eq(workspaceMembers.accountId, memberId));
    const [target] = await tx.select({ role: workspaceMembers.role }).from(workspaceMembers).where(memberWhere).for('update');
    if (!target) throw memberErrors.notFound();
    if (target.role === role) {
      throw errors.invalidParam('The provided role is already assigned to the member.');
    }
    if (role === 'owner') {
      await tx
        .update(workspaceMembers)
        .set({ role: 'admin' })
        .where(and(eq(workspaceMembers.workspaceId, actor.workspaceId), eq(workspaceMembers.role, 'owner')));
    }
    await tx.update(workspaceMembers).set({ role }).where(memberWhere);
  });
}
