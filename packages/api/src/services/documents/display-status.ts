import { and, eq, inArray, not, type SQL } from 'drizzle-orm';
import { datasetDocuments, type DatasetDocument, type IndexingStatus } from '@tessera/db';

const RUNNING: IndexingStatus[] = ['parsing', 'cleaning', 'splitting', 'indexing'];

/** Dify's derived display status (contract §6.2), first rule that matches. */
export function displayStatus(doc: Pick<DatasetDocument, 'isPaused' | 'indexingStatus' | 'enabled' | 'archived'>): string | null {
  const status = doc.indexingStatus;
  if (doc.isPaused && status !== 'completed' && status !== 'error') return 'paused';
  if (status === 'waiting') return 'queuing';
  if (RUNNING.includes(status)) return 'indexing';
  if (status === 'error') return 'error';
  if (status === 'completed' && !doc.archived) return doc.enabled ? 'available' : 'disabled';
  if (status === 'completed' && doc.archived) return 'archived';
  return null;
}

/** The list filter for a display status (aliases `active`/`enabled` mean available); unknown values filter nothing. */
export function displayStatusFilter(status: string | undefined): SQL | undefined {
  const d = datasetDocuments;
  const notPaused = eq(d.isPaused, false);
  switch (status === 'active' || status === 'enabled' ? 'available' : status) {
    case 'queuing':
      return and(eq(d.indexingStatus, 'waiting'), notPaused);
    case 'indexing':
      return and(inArray(d.indexingStatus, RUNNING), notPaused);
    case 'paused':
      return and(eq(d.isPaused, true), not(inArray(d.indexingStatus, ['completed', 'error'])));
    case 'error':
      return eq(d.indexingStatus, 'error');
    case 'available':
      return and(eq(d.indexingStatus, 'completed'), eq(d.archived, false), eq(d.enabled, true));
    case 'disabled':
      return and(eq(d.indexingStatus, 'completed'), eq(d.archived, false), eq(d.enabled, false));
    case 'archived':
      return and(eq(d.indexingStatus, 'completed'), eq(d.archived, true));
    default:
      return undefined;
  }
}

/**
 * The documents an action of `PATCH …/documents/status/{action}` would change: disabled ones for
 * enable, enabled completed ones for disable, the unarchived for archive, the archived for un_archive.
 */
export function actionTargetFilter(action: 'enable' | 'disable' | 'archive' | 'un_archive', documentIds?: string[]): SQL {
  const d = datasetDocuments;
  const among = documentIds?.length ? inArray(d.id, documentIds) : undefined;
  return and(actionTarget(action), among)!;
}

function actionTarget(action: 'enable' | 'disable' | 'archive' | 'un_archive'): SQL {
  const d = datasetDocuments;
  switch (action) {
    case 'enable':
      return eq(d.enabled, false);
    case 'disable':
      return and(eq(d.enabled, true), eq(d.indexingStatus, 'completed'))!;
    case 'archive':
      return eq(d.archived, false);
    case 'un_archive':
      return eq(d.archived, true);
  }
}
