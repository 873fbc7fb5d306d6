import { z } from 'zod';
import { route } from '../../meta';

export const getRemoteFileInfoMeta = route({
  method: 'GET',
  path: '/remote-files/{url}',
  tags: ['Files'],
  summary: 'Type and size of a file behind a link',
  description:
    'The URL is percent-encoded into one path segment. It is asked with HEAD, then GET when HEAD is not answered ' +
    'with 200 (the body is not read), always through the SSRF guard: private, loopback, link-local and cloud ' +
    'metadata addresses are refused with 400 `remote_file_upload_error` before anything is sent.',
});

export const ZGetRemoteFileInfoRequest = z.object({ url: z.string().min(1).describe('The file’s URL, percent-encoded') });

export const ZGetRemoteFileInfoResponse = z.object({
  file_type: z.string().describe('The Content-Type the server sent, `application/octet-stream` when none'),
  file_length: z.number().int().describe('The Content-Length the server sent, -1 when none'),
});
