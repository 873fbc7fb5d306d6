import { eq } from 'drizzle-orm';
import { type Account, accounts, workspaceMembers, type WorkspaceRole } from '@tessera/db';
import { issueOneTimeToken } from '../../auth/one-time-tokens';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { findAppError } from '../../errors';
import { normaliseEmail } from '../accounts/find-account';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { INVITABLE_ROLES, memberErrors } from './member-errors';
import { findWorkspace } from './tenant-info';
import { inviteMemberMail } from './invite-mail';
import { SUPPORTED_LANGUAGES } from './languages';

/** How long an invitation link works (Dify's INVITE_EXPIRY_HOURS default). */
export const INVITE_EXPIRY_HOURS = 72;

export interface InvitationResult {
  status: 'success' | 'failed';
  email: string;
  url?: string;
  message?: string;
}

export interface InviteInput {
  emails: string[];
  role: string;
  language?: string | null;
}

type Joined = { kind: 'failed'; message: string } | { kind: 'signin' } | { kind: 'activate'; account: Account };

/**
 * Invites people into the current workspace (owners and admins). An unknown email gets a
 * `pending` account that joins at once and an activation link by mail; a pending invitee is
 * sent a fresh link; an existing active account joins and signs in as usual. Each email is
 * handled on its own, so one failure does not stop the others.
 */
export async function inviteMembers(deps: AppDeps, actor: Actor, input: InviteInput) {
  if (!(INVITABLE_ROLES as readonly string[]).includes(input.role)) throw memberErrors.invalidRole();
  assertRole(actor, PRIVILEGED_ROLES);
  const role = input.role as WorkspaceRole;
  const workspace = await findWorkspace(deps, actor.workspaceId);
  const language = input.language && SUPPORTED_LANGUAGES.includes(input.language) ? input.language : 'en-US';
  const emails = [...new Set(input.emails.map(normaliseEmail))];
  const results: InvitationResult[] = [];
  for (const email of emails) {
    try {
      const joined = await joinWorkspace(deps, actor, { email, role, language });
      if (joined.kind === 'failed') {
        results.push({ status: 'failed', email, message: joined.message });
      } else if (joined.kind === 'signin') {
        results.push({ status: 'success', email, url: `${deps.urls.consoleWeb}/signin` });
      } else {
        const { token } = await issueOneTimeToken(deps, {
          type: 'invite_member',
          email,
          accountId: joined.account.id,
          data: { workspace_id: workspace.id },
          ttlMinutes: INVITE_EXPIRY_HOURS * 60,
        });
        const url = `${deps.urls.consoleWeb}/activate?email=${encodeURIComponent(email)}&token=${token}`;
        const mail = inviteMemberMail(joined.account.interfaceLanguage, {
          inviterName: actor.name,
          workspaceName: workspace.name,
          url,
          expiryHours: INVITE_EXPIRY_HOURS,
        });
        await deps.mailer.send({ to: email, workspaceId: workspace.id, ...mail });
        results.push({ status: 'success', email, url });
      }
    } catch (error) {
      const appError = findAppError(error);
      if (!appError) deps.logger.error('invitation failed', { workspaceId: workspace.id, error: error instanceof Error ? error.message : String(error) });
      results.push({ status: 'failed', email, message: appError?.message ?? 'The invitation could not be created.' });
    }
  }
  return { results, tenantId: workspace.id };
}

async function joinWorkspace(deps: AppDeps, actor: Actor, input: { email: string; role: WorkspaceRole; language: string }): Promise<Joined> {
  return deps.db.transaction(async (tx) => {
    let [account] = await tx.select().from(accounts).where(eq(accounts.email, input.email));
    let created = false;
    if (!account) {
      [account] = await tx
        .insert(accounts)
        .values({ name: input.email.split('@')[0] || input.email, email: input.email, status: 'pending', interfaceLanguage: input.language })
        .onConflictDoNothing()
        .returning();
      created = Boolean(account);
      // Another request created the account first: carry on with that one.
      account ??= (await tx.select().from(accounts).where(eq(accounts.email, input.email)))[0];
      if (!account) throw new Error('invited account could not be created or read');
    }
    if (account.id === actor.accountId) return { kind: 'failed', message: 'Cannot operate self.' };
    if (account.status === 'banned' || account.status === 'closed') {
      return { kind: 'failed', message: `Account is ${account.status}.` };
    }
    const joined = await tx
      .insert(workspaceMembers)
      .values({ workspaceId: actor.workspaceId, accountId: account.id, role: input.role, current: created, invitedBy: actor.accountId })
      .onConflictDoNothing()
      .returning({ id: workspaceMembers.id });
    if (account.status === 'pending') return { kind: 'activate', account };
    if (joined.length === 0) return { kind: 'failed', message: 'Account already in workspace.' };
    return { kind: 'signin' };
  });
}
