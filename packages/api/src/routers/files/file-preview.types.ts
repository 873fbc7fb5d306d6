import { SIGNED_QUERY_PARAMETERS } from './signed-query';

export const filePreviewOpenApi = {
  tags: ['Files'],
  summary: 'Download an uploaded file through a signed URL',
  description:
    'Streams the file behind a signed `file-preview` URL (valid for FILES_ACCESS_TIMEOUT seconds). ' +
    'Only raster images, PDF, audio, video and plain text are shown inline, and only when the stored type ' +
    'and the extension agree; every other file is sent as a download. Every answer is sandboxed ' +
    '(`Content-Security-Policy: sandbox`, `nosniff`). One byte range per request is served (206, or 416 past the end).',
  security: [],
  parameters: [
    { name: 'file_id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
    ...SIGNED_QUERY_PARAMETERS,
    {
      name: 'as_attachment',
      in: 'query',
      required: false,
      schema: { type: 'boolean' },
      description: 'Send as a download (`Content-Disposition: attachment`).',
    },
  ],
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    },
    206: {
      description: 'The requested byte range',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    },
    400: { description: 'A signature parameter is missing' },
    404: { description: 'File not found or signature is invalid' },
    416: { description: 'The range starts past the end of the file' },
  },
};
