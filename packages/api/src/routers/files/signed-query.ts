import { z } from 'zod';
import { zQueryBool } from '../../validation';

/** The signature parameters of a files-surface URL; a missing one is 400 `invalid_param` naming it. */
export const ZSignedFileQuery = z.object({
  timestamp: z.string().min(1).describe('Unix seconds when the URL was signed.'),
  nonce: z.string().min(1).describe('32 hex characters.'),
  sign: z.string().min(1).describe('base64url HMAC-SHA256 with padding.'),
});

export const ZFilePreviewQuery = ZSignedFileQuery.extend({
  as_attachment: zQueryBool.optional().describe('Send as a download (`Content-Disposition: attachment`).'),
});

export const ZFileIdParams = z.object({ file_id: z.string().describe('The upload file id') });

export type TSignedFileQuery = z.infer<typeof ZFilePreviewQuery>;

const binary = { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } };

/** The answers every signed file route documents. */
export const SIGNED_FILE_RESPONSES = {
  200: { description: 'The file', content: binary },
  206: { description: 'The requested byte range', content: binary },
  400: { description: 'A signature parameter is missing' },
  404: { description: 'File not found or signature is invalid' },
  416: { description: 'The range starts past the end of the file' },
};
