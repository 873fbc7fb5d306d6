import { z } from 'zod';
import { zId } from '../../../validation';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';

export const documentUploadFileMeta = route({
  method: 'GET',
  path: '/datasets/{dataset_id}/documents/{document_id}/upload-file',
  tags: ['Knowledge documents'],
  summary: 'The file a document was made from, with signed preview and download links',
});

export const ZDocumentUploadFileRequest = ZDatasetIdInput.extend({ document_id: zId });

export const ZDocumentUploadFileResponse = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  extension: z.string().nullable(),
  url: z.string(),
  download_url: z.string(),
  mime_type: z.string().nullable(),
  created_by: z.string(),
  created_at: z.number(),
});
