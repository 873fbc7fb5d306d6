import { ZFileResponse } from '../../../services/files/file-response';

export const uploadFileOpenApi = {
  tags: ['Files'],
  summary: 'Upload a file',
  description:
    'Multipart upload of one file in the `file` part. `source=datasets` accepts document types only and needs a role ' +
    'that may edit knowledge bases. Size limits by type come from `GET /files/upload`.',
  security: [{ Authorization: [] }],
  requestBody: {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          properties: {
            file: { type: 'string', format: 'binary', description: 'The file; its name must not contain / \\ : * ? " < > |' },
            source: { type: 'string', enum: ['datasets'], description: 'Upload for a knowledge base' },
          },
          required: ['file'],
        },
      },
    },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: ZFileResponse } } },
    400: { description: 'no_file_uploaded, too_many_files, filename_not_exists_error, invalid_param or file_extension_blocked' },
    401: { description: 'Not signed in' },
    403: { description: 'source=datasets without a knowledge-base editing role' },
    413: { description: 'file_too_large' },
    415: { description: 'unsupported_file_type (source=datasets and not a document)' },
  },
};
