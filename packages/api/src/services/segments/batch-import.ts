import { randomUUID } from 'node:crypto';
import { segmentsImportRequested } from '@tessera/jobs';
import { type Actor } from '../../callers';
import { datasetStore } from '../../data/datasets/dataset-store';
import { segmentImportStore } from '../../data/datasets/segment-import-store';
import { uploadFilesStore } from '../../data/upload-files';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { parseCsvRows } from '../annotations/annotation-csv';
import { editableDataset } from '../datasets/dataset-access';
import { findDocument } from '../documents/document-ops';
import { storeUpload } from '../files/upload-file';
import { createSegments, type SegmentInput } from './segment-ops';

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
  // The status row exists before the job is queued, so a poll right after the answer finds it.
  await segmentImportStore(deps.db, actor.workspaceId).create({ id: jobId, datasetId: dataset.id, documentId: doc.id, uploadFileId: fileId, createdBy: actor.accountId });
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
  jobId: string;
  workspaceId: string;
  datasetId: string;
  documentId: string;
  uploadFileId: string;
  accountId: string;
}

/**
 * The job's work: read the CSV, then add and index its segments as the console's add-segment does,
 * moving the import's status row along (processing, then completed or error) whichever driver runs it.
 */
export async function runSegmentImport(deps: AppDeps, job: SegmentImportJob): Promise<{ segments: number }> {
  const imports = segmentImportStore(deps.db, job.workspaceId);
  await imports.setStatus(job.jobId, 'processing');
  try {
    const dataset = await datasetStore(deps.db, job.workspaceId).find(job.datasetId);
    if (!dataset) throw new Error('Dataset not found.');
    const doc = await findDocument(deps, dataset, job.documentId);
    const file = await uploadFilesStore(deps.db, job.workspaceId).find(job.uploadFileId);
    if (!file) throw new Error('The uploaded CSV file no longer exists.');
    const text = new TextDecoder().decode(await deps.storage.get(file.key));
    const segments = readSegmentCsv(text, doc.docForm === 'qa_model');
    const created = await createSegments(deps, { accountId: job.accountId }, dataset, doc.id, segments);
    await imports.setStatus(job.jobId, 'completed', { segments: created.data.length });
    return { segments: created.data.length };
  } catch (error) {
    await imports.setStatus(job.jobId, 'error', { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/**
 * `GET /datasets/batch_import_status/{job_id}`: the import's state. An unknown job id (or one of
 * another workspace) is Dify's `ValueError("The job does not exist.")`, which its API answers as
 * 400 `invalid_param`.
 */
export async function segmentImportStatus(deps: AppDeps, actor: Actor, jobId: string) {
  const job = await segmentImportStore(deps.db, actor.workspaceId).find(jobId);
  if (!job) throw errors.invalidParam('The job does not exist.');
  return { job_id: jobId, job_status: job.status };
}
