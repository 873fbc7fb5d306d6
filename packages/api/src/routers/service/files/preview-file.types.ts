import { z } from 'zod';
import { zQueryBool } from '../../../validation';

export const ZPreviewFileParams = z.object({ file_id: z.string().describe('The upload file id') });

export const ZPreviewFileQuery = z.object({
  as_attachment: zQueryBool.optional().describe('Send as a download (`Content-Disposition: attachment`).'),
  user: z.string().optional().describe('When given, only files on this end user’s messages are served.'),
});

const binary = { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } };

export const previewFileDocs = {
  tags: ['Files'],
  summary: 'Download a file attached to a message of this app',
  description:
    'Streams a file that a message of the key’s app carries (an end user’s upload, or a file an answer produced). ' +
    'Shown inline only for inert types whose stored type and extension agree, otherwise a download; sandboxed ' +
    '(`Content-Security-Policy: sandbox`, `nosniff`). Browsers may keep it for an hour (`private, max-age=3600`); ' +
    'shared caches may not, since the answer depends on the key.',
  responses: {
    200: { description: 'The file', content: binary },
    206: { description: 'The requested byte range', content: binary },
    401: { description: 'Missing or invalid app key' },
    403: { description: 'file_access_denied: the file belongs to another app of the workspace' },
    404: { description: 'file_not_found: no message of this app (or of the named end user) carries it' },
    416: { description: 'The range starts past the end of the file' },
  },
};
