import { type Dataset } from '@tessera/db';
import { documentStore } from '../../data/datasets/document-store';
import { type AppDeps } from '../../deps';
import { findDocument, getDocumentDetail } from './document-ops';

/** `POST …/documents/{id}/rename`: the name only; the content and its index stay. */
export async function renameDocument(deps: AppDeps, dataset: Dataset, documentId: string, name: string) {
  await findDocument(deps, dataset, documentId);
  await documentStore(deps.db, dataset.workspaceId).update(documentId, { name });
  return getDocumentDetail(deps, dataset, documentId);
}
