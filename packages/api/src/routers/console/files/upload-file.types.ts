import { z } from 'zod';

/** `source=datasets` marks an upload for a knowledge base; any other value is an ordinary upload. */
export const ZUploadFileFields = z.object({
  source: z.string().optional().describe('`datasets` for a knowledge-base upload (document types only)'),
});

export const uploadFileDocs = {
  tags: ['Files'],
  summary: 'Upload a file',
  description:
    'Multipart upload of one file in the `file` part (its name must not contain / \\ : * ? " < > |). `source=datasets` ' +
    'accepts document types only and needs a role that may edit knowledge bases. Size limits by type come from `GET /files/upload`.',
  errors: {
    400: { description: 'no_file_uploaded, too_many_files, filename_not_exists_error, invalid_param or file_extension_blocked' },
    401: { description: 'Not signed in' },
    403: { description: 'source=datasets without a knowledge-base editing role' },
    413: { description: 'file_too_large' },
    415: { description: 'unsupported_file_type (source=datasets and not a document)' },
  },
};
