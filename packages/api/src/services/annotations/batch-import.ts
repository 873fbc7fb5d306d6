import { type MessageAnnotation, messageAnnotations } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { refreshAnnotationEmbeddings } from './annotation-embeddings';
import { countWorkspaceJobs, type Heartbeat, startJob } from './annotation-jobs';
import { type AnnotationScope } from './annotation-scope';
import { CSV_IMPORT_LIMITS, type CsvRecord, readAnnotationCsv } from './annotation-csv';

/** Dify's per-workspace import limits (ANNOTATION_IMPORT_RATE_LIMIT_PER_MINUTE/_PER_HOUR, _MAX_CONCURRENT). */
export const IMPORT_RATE_LIMITS = { perMinute: 5, perHour: 20, concurrent: 2 };

const INSERT_BATCH = 500;
const MB = 1024 * 1024;

async function assertImportAllowed(deps: AppDeps, scope: AnnotationScope): Promise<void> {
  const now = deps.now().getTime();
  const tooMany = (message: string) => errors.tooManyRequests('too_many_requests', message);
  const lastMinute = await countWorkspaceJobs(deps, scope, 'import', { startedSince: new Date(now - 60_000) });
  if (lastMinute >= IMPORT_RATE_LIMITS.perMinute) {
    throw tooMany(`Too many annotation import requests. Maximum ${IMPORT_RATE_LIMITS.perMinute} requests per minute allowed. Please try again later.`);
  }
  const lastHour = await countWorkspaceJobs(deps, scope, 'import', { startedSince: new Date(now - 3_600_000) });
  if (lastHour >= IMPORT_RATE_LIMITS.perHour) {
    throw tooMany(`Too many annotation import requests. Maximum ${IMPORT_RATE_LIMITS.perHour} requests per hour allowed. Please try again later.`);
  }
  const running = await countWorkspaceJobs(deps, scope, 'import', 'running');
  if (running >= IMPORT_RATE_LIMITS.concurrent) {
    throw tooMany(
      `Too many concurrent import tasks. Maximum ${IMPORT_RATE_LIMITS.concurrent} concurrent imports allowed per workspace. Please wait for existing imports to complete.`,
    );
  }
}

/** The import itself: every record in one transaction, then their questions embedded if reply is on. */
async function importRecords(deps: AppDeps, scope: AnnotationScope, records: CsvRecord[], heartbeat: Heartbeat): Promise<void> {
  const inserted: MessageAnnotation[] = [];
  await deps.db.transaction(async (tx) => {
    for (let start = 0; start < records.length; start += INSERT_BATCH) {
      const values = records.slice(start, start + INSERT_BATCH).map((record) => ({
        workspaceId: scope.workspaceId,
        appId: scope.appId,
        question: record.question,
        content: record.answer,
        accountId: scope.accountId,
      }));
      inserted.push(...(await tx.insert(messageAnnotations).values(values).returning()));
    }
  });
  await heartbeat();
  await refreshAnnotationEmbeddings(deps, scope, inserted, scope.accountId);
}

export interface UploadedCsv {
  filename: string;
  data: Uint8Array;
}

/**
 * `POST /console/api/apps/{app_id}/annotations/batch-import`. Refusals of the request (type, size,
 * rate) are errors; a file whose content is wrong is answered 200 with `error_msg`, as Dify does.
 * Accepted files are imported by a job, polled at `batch-import-status/{job_id}`.
 */
export async function importAnnotationsCsv(deps: AppDeps, scope: AnnotationScope, file: UploadedCsv) {
  await assertImportAllowed(deps, scope);
  if (!file.filename.toLowerCase().endsWith('.csv')) throw errors.invalidParam('Invalid file type. Only CSV files are allowed');
  if (file.data.length > CSV_IMPORT_LIMITS.maxFileBytes) {
    const limit = CSV_IMPORT_LIMITS.maxFileBytes / MB;
    throw errors.payloadTooLarge('file_too_large', `File size exceeds maximum limit of ${limit}MB. Please reduce the file size and try again.`);
  }
  if (file.data.length === 0) throw errors.invalidParam('The uploaded file is empty');
  const read = readAnnotationCsv(file.data);
  if ('error' in read) return { error_msg: read.error };
  const job = await startJob(deps, scope, 'import', (heartbeat) => importRecords(deps, scope, read.records, heartbeat));
  return { job_id: job.id, job_status: 'waiting' as const, record_count: read.records.length };
}
