import { type Dataset } from '@tessera/db';
import { uploadFilesStore } from '../../data/upload-files';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { signedFilePreviewUrl } from '../files/signed-url';
import { findDocument } from './document-ops';

/**
 * `GET /datasets/{id}/documents/{doc}/upload-file`: the file a document was made from, with signed
 * links to it through the one file-preview route (`download_url` asks it for an attachment).
 */
export async function documentUploadFile(deps: AppDeps, dataset: Dataset, documentId: string) {
  const doc = await findDocument(deps, dataset, documentId);
  if (doc.dataSourceType !== 'upload_file') throw errors.invalidParam('Document data source type is not upload_file.');
  const fileId = String(doc.dataSourceInfo.upload_file_id ?? '');
  const file = fileId ? await uploadFilesStore(deps.db, dataset.workspaceId).find(fileId) : undefined;
  if (!file) throw errors.notFound('not_found', 'UploadFile not found.');
  const url = signedFilePreviewUrl(deps, file.id);
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    extension: file.extension,
    url,
    download_url: `${url}&as_attachment=true`,
    mime_type: file.mimeType,
    created_by: file.createdBy,
    created_at: file.createdAt.getTime() / 1000,
  };
}
