import { eventType } from 'inngest';
import { z } from 'zod';

/**
 * Every event Tessera's background functions react to, with the schema its data must match.
 * `send(event.create(data))` checks the data before anything is queued. Events that concern a
 * workspace carry `workspace_id`: the driver files the run under it (operators see only their
 * own runs) and uses it as the per-workspace concurrency key.
 */
const zId = z.uuid();

export const documentIndexRequested = eventType('dataset/document.index.requested', {
  schema: z.object({ workspace_id: zId, dataset_id: zId, document_id: zId }),
});

/** A website crawl for a knowledge base: fetches its pages a batch per step. */
export const websiteCrawlRequested = eventType('knowledge/website.crawl.requested', {
  schema: z.object({ workspace_id: zId, job_id: zId }),
});

/** A CSV of segments to add to a document (`job_id` is what the console polls). */
export const segmentsImportRequested = eventType('dataset/segments.import.requested', {
  schema: z.object({ workspace_id: zId, dataset_id: zId, document_id: zId, job_id: zId, upload_file_id: zId, account_id: zId }),
});

/** Workflow runs, which arrive with the workflow step, start from this event. */
export const workflowRunRequested = eventType('workflow/run.requested', {
  schema: z.object({ workspace_id: zId, app_id: zId, workflow_run_id: zId }),
});

/** Asks a running workflow to stop (functions list it in `cancelOn`, matching `data.workflow_run_id`). */
export const workflowRunStopRequested = eventType('workflow/run.stop-requested', {
  schema: z.object({ workspace_id: zId, workflow_run_id: zId }),
});

/** The concurrency key that keeps one workspace from starving the others. */
export const PER_WORKSPACE = 'event.data.workspace_id';
