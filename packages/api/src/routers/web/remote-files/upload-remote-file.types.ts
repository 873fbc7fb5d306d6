import { z } from 'zod';
import { route } from '../../meta';

export const uploadRemoteFileMeta = route({
  method: 'POST',
  path: '/remote-files/upload',
  tags: ['Files'],
  summary: 'Fetch a file from a link and keep it as an upload',
  description:
    'Fetches the URL through the SSRF guard (private, loopback, link-local and cloud metadata addresses are ' +
    'refused with 400 `remote_file_upload_error` before anything is sent) and stores it as the passport’s end ' +
    'user’s upload, with the same size limits as uploads (413 `file_too_large`).',
  successDescription: 'Created (HTTP 201)',
});

export const ZUploadRemoteFileRequest = z.object({ url: z.string().min(1).describe('An http(s) URL') });

export const ZUploadRemoteFileResponse = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  extension: z.string(),
  url: z.string().describe('A signed file-preview URL'),
  mime_type: z.string(),
  created_by: z.string(),
  created_at: z.number().int(),
});
