import { randomUUID } from 'node:crypto';
import { segmentsImportRequested } from '@tessera/jobs';
import { type Actor } from '../../callers';
import { datasetStore } from '../../data/datasets/dataset-store';
import { jobRunsStore } from '../../data/job-runs';
import { uploadFilesStore } from '../../data/upload-files';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { parseCsvRows } from '../annotations/annotation-csv';
import { editableDataset } from '../datasets/dataset-access';
import { findDocument } from '../documents/document-ops';
import { storeUpload } from '../files/upload-file';
import { createSegments, type SegmentInput } from './segment-ops';

/** The job function's id as runs record it (the jobs app id, then the function's own). */
export const IMPORT_SEGMENTS_FUNCTION = 'tessera-import-segments';

export type SegmentCsv = { uploadFileId: string } | { file: { filename: string; data: Uint8Array } };

const notCsv = () => errors.invalidParam('Invalid file type. Only CSV files are allowed');

/**
 * `POST /datasets/{id}/documents/{doc}/segments/batch_import`: a CSV (an uploaded file's id, or
 * the file itself) whose rows become segments of the document, added by a job; the answer is the
 * job to poll at `/datasets/batch_import_status/{job_id}`.
 */
export async function startSegmentImport(deps: AppDeps, actor: Actor, datasetId: string, documentId: string, source: SegmentCsv) {
  const dataset = await editableDataset(deps, actor, datasetId);
  const doc = await findDocument(deps, dataset, documentId);
  let fileId: string;
  if ('file' in source) {
    if (!source.file.filename.toLowerCase().endsWith('.csv')) throw notCsv();
    const stored = await storeUpload(
      deps,
      { workspaceId: actor.workspaceId, createdBy: actor.accountId, createdByRole: 'account' },
      { filename: source.file.filename, data: source.file.data, mimeType: 'text/csv', source: null },
    );
    fileId = stored.id;
  } else {
    const file = await uploadFilesStore(deps.db, actor.workspaceId).find(source.uploadFileId);
    if (!file) throw errors.notFound('not_found', 'UploadFile not found.');
    if (!file.name.toLowerCase().endsWith('.csv')) throw notCsv();
    fileId = file.id;
  }
  const jobId = randomUUID();
  await deps.jobs.send(
    segmentsImportRequested.create({
      workspace_id: actor.workspaceId,
      dataset_id: dataset.id,
      document_id: doc.id,
      job_id: jobId,
      upload_file_id: fileId,
      account_id: actor.accountId,
    }),
  );
  return { job_id: jobId, job_status: 'waiting' as const };
}

/** The rows of a segments CSV: a header, then `content` (and `answer` for Q&A documents) per row. */
export function readSegmentCsv(text: string, qa: boolean): SegmentInput[] {
  const rows = parseCsvRows(text.replace(/^\uFEFF/, '')).slice(1);
  const segments: SegmentInput[] = [];
  for (const [index, row] of rows.entries()) {
    const content = (row[0] ?? '').trim();
    const answer = (row[1] ?? '').trim();
    if (!content && !answer && row.length <= 1) continue;
    if (!content) throw new Error(`Row ${index + 2}: the content is empty.`);
    if (qa && !answer) throw new Error(`Row ${index + 2}: the answer is empty.`);
    segments.push(qa ? { content, answer } : { content });
  }
  if (segments.length === 0) throw new Error('The CSV file is empty.');
  return segments;
}

export interface SegmentImportJob {
  workspaceId: string;
  datasetId: string;
  documentId: string;
  uploadFileId: string;
  accountId: string;
}

/** The job's work: read the CSV, then add and index its segments as the console's add-segment does. */
export async function runSegmentImport(deps: AppDeps, job: SegmentImportJob): Promise<{ segments: number }> {
  const dataset = await datasetStore(deps.db, job.workspaceId).find(job.datasetId);
  if (!dataset) throw new Error('Dataset not found.');
  const doc = await findDocument(deps, dataset, job.documentId);
  const file = await uploadFilesStore(deps.db, job.workspaceId).find(job.uploadFileId);
  if (!file) throw new Error('The uploaded CSV file no longer exists.');
  const text = new TextDecoder().decode(await deps.storage.get(file.key));
  const segments = readSegmentCsv(text, doc.docForm === 'qa_model');
  const created = await createSegments(deps, { accountId: job.accountId }, dataset, doc.id, segments);
  return { segments: created.data.length };
}

const STATUS_OF_RUN = { queued: 'waiting', sleeping: 'processing', running: 'processing', completed: 'completed', failed: 'error', cancelled: 'error' } as const;

/** `GET /datasets/batch_import_status/{job_id}`: the import's state; 404 for a job of another workspace. */
export async function segmentImportStatus(deps: AppDeps, actor: Actor, jobId: string) {
  const run = await jobRunsStore(deps.db, actor.workspaceId).findByJobId(IMPORT_SEGMENTS_FUNCTION, jobId);
  if (!run) throw errors.notFound('not_found', 'The job does not exist.');
  return { job_id: jobId, job_status: STATUS_OF_RUN[run.status] };
}
