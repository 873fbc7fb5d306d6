import { z } from 'zod';
import { ZAppIdInput } from '../apps/app.schemas';

export const ZBatchImportParams = ZAppIdInput;
export const ZBatchImportFields = z.object({});

/** A started import, or (HTTP 200 still, as Dify answers) why the file's content was refused. */
export const ZBatchImportResponse = z
  .union([
    z.object({ job_id: z.string(), job_status: z.literal('waiting'), record_count: z.number().int() }),
    z.object({ error_msg: z.string() }),
  ])
  .meta({ id: 'AnnotationBatchImport' });

export const batchImportDocs = {
  tags: ['Annotations'],
  summary: 'Import annotations from a CSV file (a job)',
  description:
    'Multipart upload of one `.csv` file (at most 2 MB) in the `file` part. The first row is the header; each further row is a ' +
    'question and its answer. A file whose rows are wrong is answered 200 with `error_msg`; an accepted one with the job to poll ' +
    'at `batch-import-status/{job_id}`. A workspace may start 5 imports a minute, 20 an hour, and run 2 at once.',
  errors: {
    400: { description: 'no_file_uploaded, too_many_files, filename_not_exists_error or invalid_param (not a .csv file, empty file)' },
    401: { description: 'Not signed in' },
    403: { description: 'Not an editor, admin or owner' },
    404: { description: 'not_found: no such app in the workspace' },
    413: { description: 'file_too_large' },
    429: { description: 'too_many_requests: import rate or concurrency limit' },
  },
};
