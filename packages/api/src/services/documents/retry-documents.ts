import { type Dataset } from '@tessera/db';
import { type Actor } from '../../callers';
import { documentStore } from '../../data/datasets/document-store';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, DATASET_EDITING_ROLES } from '../authz';
import { requestIndexing } from '../indexing/request-indexing';
import { restartFields } from './add-document';
import { documentNotFound } from './document-ops';

/**
 * `POST /datasets/{id}/retry`: documents that failed or stopped are indexed again from the start;
 * paused ones are left to resume, finished ones are refused as Dify refuses them.
 */
export async function retryDocuments(deps: AppDeps, actor: Actor, dataset: Dataset, documentIds: string[]): Promise<void> {
  assertRole(actor, DATASET_EDITING_ROLES);
  const store = documentStore(deps.db, dataset.workspaceId);
  const docs = [];
  for (const id of new Set(documentIds)) {
    const doc = await store.find(id, dataset.id);
    if (!doc) throw documentNotFound();
    if (doc.isPaused) continue;
    if (doc.indexingStatus === 'completed') {
      throw errors.badRequest('document_already_finished', 'The document has been processed. Please refresh the page or go to the document details.');
    }
    if (doc.archived) throw errors.notPermitted('archived_document_immutable', 'The archived document is not editable.');
    docs.push(doc);
  }
  for (const doc of docs) {
    await store.update(doc.id, restartFields());
    await requestIndexing(deps, { workspaceId: dataset.workspaceId, datasetId: dataset.id, documentId: doc.id });
  }
}
