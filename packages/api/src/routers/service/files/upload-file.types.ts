import { z } from 'zod';

export const ZServiceUploadFields = z.object({
  user: z.string().optional().describe("The end user's identifier; `DEFAULT-USER` when absent"),
});

export const serviceUploadFileDocs = {
  tags: ['Files'],
  summary: 'Upload a file for use in chat and completion requests',
  description:
    'Multipart upload of one file in the `file` part, with the end user in the `user` field. The upload belongs ' +
    'to that end user of this app: only they can name it in `files` or file inputs (`transfer_method: local_file`). ' +
    'Size limits by type: image 10 MB, video 100 MB, audio 50 MB, other 15 MB (configurable).',
  errors: {
    400: { description: 'no_file_uploaded, too_many_files, filename_not_exists_error, invalid_param or file_extension_blocked' },
    401: { description: 'Missing or invalid app key' },
    403: { description: 'The app or its API is unavailable' },
    413: { description: 'file_too_large' },
  },
};
