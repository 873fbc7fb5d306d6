import { and, eq } from 'drizzle-orm';
import { type Account, accounts, type Workspace } from '@tessera/db';
import { consumeToken, findLiveToken } from '../../auth/one-time-tokens';
import { assertValidPassword, hashPassword } from '../../auth/passwords';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { findAccountById, normaliseEmail } from '../accounts/find-account';
import { findActiveMembership, markCurrent } from './membership';

export interface InvitationQuery {
  workspace_id?: string | null;
  email?: string | null;
  token: string;
}

interface Invitation {
  token: string;
  account: Account;
  workspace: Workspace;
}

const alreadyActivated = () =>
  errors.notPermitted('already_activate', 'Auth Token is invalid or account already activated, please check again.');

/**
 * The invitation behind a token: live, for the workspace and email given (when given), and
 * still backed by a membership of a workspace in use. A removed invitee's link stops working.
 */
async function findInvitation(deps: AppDeps, query: InvitationQuery): Promise<Invitation | undefined> {
  const row = await findLiveToken(deps, 'invite_member', query.token);
  const workspaceId = row?.data.workspace_id;
  if (!row || !row.accountId || typeof workspaceId !== 'string') return undefined;
  if (query.workspace_id && query.workspace_id !== workspaceId) return undefined;
  if (query.email && normaliseEmail(query.email) !== row.email) return undefined;
  const membership = await findActiveMembership(deps.db, row.accountId, workspaceId);
  const account = await findAccountById(deps.db, row.accountId);
  if (!membership || !account || account.email !== row.email) return undefined;
  return { token: row.token, account, workspace: membership.workspace };
}

/** `GET /activate/check`: whether an invitation link can still be used, and for what. */
export async function checkInvitation(deps: AppDeps, query: InvitationQuery) {
  const invitation = await findInvitation(deps, query);
  if (!invitation || invitation.account.status !== 'pending') return { is_valid: false as const };
  return {
    is_valid: true as const,
    data: { workspace_name: invitation.workspace.name, workspace_id: invitation.workspace.id, email: invitation.account.email },
  };
}

export interface ActivateInput extends InvitationQuery {
  name: string;
  interface_language: string;
  timezone: string;
  password?: string | null;
}

/**
 * `POST /activate`: the invitee names the account (and may set a password, so it can sign in
 * with one); the account becomes active and the link is used up. Any unusable link, including
 * one already used, is Dify's 403 `already_activate`.
 */
export async function activateInvitation(deps: AppDeps, input: ActivateInput): Promise<void> {
  if (input.password) assertValidPassword(input.password);
  const invitation = await findInvitation(deps, input);
  if (!invitation || invitation.account.status !== 'pending') throw alreadyActivated();
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await deps.db.transaction(async (tx) => {
    if (!(await consumeToken(deps, 'invite_member', invitation.token, tx))) throw alreadyActivated();
    const activated = await tx
      .update(accounts)
      .set({
        name: input.name,
        interfaceLanguage: input.interface_language,
        timezone: input.timezone,
        interfaceTheme: 'light',
        status: 'active',
        initializedAt: deps.now(),
        ...(passwordHash ? { passwordHash } : {}),
      })
      .where(and(eq(accounts.id, invitation.account.id), eq(accounts.status, 'pending')))
      .returning({ id: accounts.id });
    if (activated.length === 0) throw alreadyActivated();
  });
  await markCurrent(deps.db, invitation.account.id, invitation.workspace.id);
}
