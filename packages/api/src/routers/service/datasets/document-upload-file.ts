import { documentUploadFile } from '../../../services/documents/document-upload-file';
import { datasetPathProcedure } from './dataset-key-procedure';
import { documentUploadFileMeta, ZDocumentUploadFileRequest, ZDocumentUploadFileResponse } from './document-upload-file.types';

export const documentUploadFileProcedure = datasetPathProcedure
  .meta(documentUploadFileMeta)
  .input(ZDocumentUploadFileRequest)
  .output(ZDocumentUploadFileResponse)
  .query(({ ctx, input }) => documentUploadFile(ctx.deps, ctx.dataset, input.document_id));
