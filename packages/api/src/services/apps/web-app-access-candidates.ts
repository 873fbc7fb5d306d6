import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import { accounts, workspaceMembers } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { escapeLike } from '../../data/escape-like';
import { presentAccessAccount } from './web-app-access';

export interface AccessCandidatesInput {
  keyword?: string;
  groupId?: string;
  resultsPerPage: number;
  pageNumber: number;
}

/**
 * `GET /enterprise/webapp/app/subject/search`: workspace members whose name or email contains the
 * keyword, a page at a time, as subjects the access dialog can pick. There are no groups, so a
 * search within one finds nobody.
 */
export async function searchWebAppAccessCandidates(deps: AppDeps, actor: Actor, input: AccessCandidatesInput) {
  const empty = { currPage: input.pageNumber, totalPages: 0, subjects: [], hasMore: false };
  if (input.groupId) return empty;
  const pattern = input.keyword ? `%${escapeLike(input.keyword)}%` : undefined;
  const scope = and(
    eq(workspaceMembers.workspaceId, actor.workspaceId),
    pattern ? or(ilike(accounts.name, pattern), ilike(accounts.email, pattern)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    deps.db
      .select({ id: accounts.id, name: accounts.name, email: accounts.email, avatar: accounts.avatar })
      .from(workspaceMembers)
      .innerJoin(accounts, eq(accounts.id, workspaceMembers.accountId))
      .where(scope)
      .orderBy(asc(accounts.name), asc(accounts.id))
      .limit(input.resultsPerPage)
      .offset((input.pageNumber - 1) * input.resultsPerPage),
    deps.db.select({ n: count() }).from(workspaceMembers).innerJoin(accounts, eq(accounts.id, workspaceMembers.accountId)).where(scope),
  ]);
  const totalPages = Math.ceil((total?.n ?? 0) / input.resultsPerPage);
  return {
    currPage: input.pageNumber,
    totalPages,
    hasMore: input.pageNumber < totalPages,
    subjects: rows.map((row) => ({ subjectId: row.id, subjectType: 'account' as const, accountData: presentAccessAccount(deps, row) })),
  };
}
