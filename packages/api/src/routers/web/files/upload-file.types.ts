import { z } from 'zod';

export const ZWebUploadFields = z.object({
  source: z.string().optional().describe('`datasets` accepts document types only; any other value is an ordinary upload'),
});

export const webUploadFileDocs = {
  tags: ['Files'],
  summary: 'Upload a file for use in this web app’s requests',
  description:
    'Multipart upload of one file in the `file` part. The upload belongs to the passport’s end user: only they ' +
    'can name it in `files` or file inputs. Size limits by type: image 10 MB, video 100 MB, audio 50 MB, other 15 MB.',
  errors: {
    400: { description: 'no_file_uploaded, too_many_files, filename_not_exists_error, invalid_param or file_extension_blocked' },
    401: { description: 'Missing or invalid passport' },
    413: { description: 'file_too_large' },
    415: { description: 'unsupported_file_type (source=datasets and not a document)' },
  },
};
