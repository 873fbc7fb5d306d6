import { and, count, desc, eq, ilike, or } from 'drizzle-orm';
import { annotationHitHistories, messageAnnotations } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { toUnixRequired } from '../../validation';
import { findWorkspaceApp } from '../apps/app-rows';
import { escapeLike } from '../../data/escape-like';
import { annotationNotFound, type AnnotationScope } from './annotation-scope';
import { neutraliseFormula, presentAnnotation } from './present-annotation';
import { type PageParams, pageOf, pageOffset } from '../../paging';

/** Dify pages annotations and hit histories with `max_per_page=100`, whatever `limit` says. */
const MAX_PER_PAGE = 100;

/** Dify's annotation pages: `has_more` is "this page is full", as Dify computes it. */
const fullPageOf = <T>(input: PageParams, total: number, data: T[]) => pageOf(input, total, data, data.length === input.limit);

const inScope = (scope: AnnotationScope) => and(eq(messageAnnotations.appId, scope.appId), eq(messageAnnotations.workspaceId, scope.workspaceId));

/** `GET …/annotations`: newest first; `keyword` matches question or answer, case-insensitively and literally. */
export async function listAnnotations(deps: AppDeps, scope: AnnotationScope, input: PageParams & { keyword?: string }) {
  const pattern = input.keyword ? `%${escapeLike(input.keyword)}%` : undefined;
  const where = and(
    inScope(scope),
    pattern ? or(ilike(messageAnnotations.question, pattern), ilike(messageAnnotations.content, pattern)) : undefined,
  );
  const [totals] = await deps.db.select({ total: count() }).from(messageAnnotations).where(where);
  const perPage = Math.min(input.limit, MAX_PER_PAGE);
  const rows = await deps.db
    .select()
    .from(messageAnnotations)
    .where(where)
    .orderBy(desc(messageAnnotations.createdAt), desc(messageAnnotations.id))
    .limit(perPage)
    .offset(pageOffset(input, perPage));
  return fullPageOf(input, totals?.total ?? 0, rows.map(presentAnnotation));
}

/** `GET …/annotations/export`: every annotation, newest first, made safe to open in a spreadsheet. */
export async function exportAnnotations(deps: AppDeps, scope: AnnotationScope) {
  const rows = await deps.db
    .select()
    .from(messageAnnotations)
    .where(inScope(scope))
    .orderBy(desc(messageAnnotations.createdAt), desc(messageAnnotations.id));
  return {
    data: rows.map((row) => presentAnnotation({ ...row, question: neutraliseFormula(row.question), content: neutraliseFormula(row.content) })),
  };
}

/** `GET /console/api/apps/{app_id}/annotations/count`: any member of the app's workspace may ask. */
export async function countAnnotations(deps: AppDeps, actor: Actor, appId: string) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  const [row] = await deps.db
    .select({ n: count() })
    .from(messageAnnotations)
    .where(and(eq(messageAnnotations.appId, app.id), eq(messageAnnotations.workspaceId, actor.workspaceId)));
  return { count: row?.n ?? 0 };
}

/** `GET …/annotations/{annotation_id}/hit-histories`: when and for what question an annotation answered. */
export async function listHitHistories(deps: AppDeps, scope: AnnotationScope, annotationId: string, input: PageParams) {
  const [annotation] = await deps.db
    .select({ id: messageAnnotations.id })
    .from(messageAnnotations)
    .where(and(inScope(scope), eq(messageAnnotations.id, annotationId)));
  if (!annotation) throw annotationNotFound();
  const where = and(eq(annotationHitHistories.appId, scope.appId), eq(annotationHitHistories.annotationId, annotation.id));
  const [totals] = await deps.db.select({ total: count() }).from(annotationHitHistories).where(where);
  const perPage = Math.min(input.limit, MAX_PER_PAGE);
  const rows = await deps.db
    .select()
    .from(annotationHitHistories)
    .where(where)
    .orderBy(desc(annotationHitHistories.createdAt), desc(annotationHitHistories.id))
    .limit(perPage)
    .offset(pageOffset(input, perPage));
  const data = rows.map((row) => ({
    id: row.id,
    source: row.source,
    score: row.score,
    question: row.question,
    created_at: toUnixRequired(row.createdAt),
    match: row.annotationQuestion,
    response: row.annotationContent,
  }));
  return fullPageOf(input, totals?.total ?? 0, data);
}
