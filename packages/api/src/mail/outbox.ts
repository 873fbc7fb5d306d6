import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { accounts, mailOutbox, workspaceMembers, type WorkspaceRole } from '@tessera/db';
import { type Actor } from '../callers';
import { type AppDeps } from '../deps';
import { assertRole, PRIVILEGED_ROLES } from '../services/authz';
import { toUnixRequired } from '../validation';

export const OUTBOX_PAGE_SIZE = 50;

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  template: string;
  status: 'pending' | 'sent' | 'failed' | 'stored';
  created_at: number;
}

const RANK: Record<WorkspaceRole, number> = { owner: 2, admin: 1, editor: 0, normal: 0, dataset_operator: 0 };

/**
 * Addresses whose workspace-less mails (sign-in codes, reset codes) the actor may read: their own,
 * and those of members of this workspace who, in every workspace they belong to, rank no higher
 * than the actor does there. Reading a member's code lets one sign in as them, so an admin never
 * sees an owner's codes, nor an owner of one workspace the codes of someone who owns another.
 */
async function readableAddresses(deps: AppDeps, actor: Actor): Promise<string[]> {
  const members = deps.db
    .select({ accountId: workspaceMembers.accountId })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.workspaceId, actor.workspaceId));
  const memberships = await deps.db
    .select({
      accountId: workspaceMembers.accountId,
      email: accounts.email,
      workspaceId: workspaceMembers.workspaceId,
      role: workspaceMembers.role,
    })
    .from(workspaceMembers)
    .innerJoin(accounts, eq(accounts.id, workspaceMembers.accountId))
    .where(inArray(workspaceMembers.accountId, members));
  const actorRoles = new Map<string, WorkspaceRole>();
  for (const m of memberships) if (m.accountId === actor.accountId) actorRoles.set(m.workspaceId, m.role);
  const outranked = new Map<string, boolean>();
  for (const m of memberships) {
    const mine = actorRoles.get(m.workspaceId);
    const ok = mine !== undefined && PRIVILEGED_ROLES.includes(mine) && RANK[mine] >= RANK[m.role];
    outranked.set(m.email, (outranked.get(m.email) ?? true) && ok);
  }
  const readable = [...outranked].filter(([, ok]) => ok).map(([email]) => email);
  return [...new Set([actor.email, ...readable])];
}

/**
 * The outbox as an owner or admin sees it: the 50 newest mails sent on behalf of this workspace,
 * plus workspace-less mails to members they may read (see `readableAddresses`). This is how an
 * operator without SMTP hands out sign-in and reset codes; another workspace's mails never show.
 */
export async function listOutbox(deps: AppDeps, actor: Actor): Promise<OutboxMail[]> {
  assertRole(actor, PRIVILEGED_ROLES);
  const addresses = await readableAddresses(deps, actor);
  const rows = await deps.db
    .select()
    .from(mailOutbox)
    .where(
      or(
        eq(mailOutbox.workspaceId, actor.workspaceId),
        and(isNull(mailOutbox.workspaceId), inArray(sql`lower(${mailOutbox.to})`, addresses)),
      ),
    )
    .orderBy(desc(mailOutbox.seq))
    .limit(OUTBOX_PAGE_SIZE);
  return rows.map((row) => ({
    id: row.id,
    to: row.to,
    subject: row.subject,
    text: row.text,
    template: row.template,
    status: row.status,
    created_at: toUnixRequired(row.createdAt),
  }));
}
