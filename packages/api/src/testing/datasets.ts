import { type TestApp } from './app';
import { type SeededUser } from './seed';

/** Creates a knowledge base over the console; fails the test on any answer but 201. */
export async function createDatasetAs(app: TestApp, user: SeededUser, body: Record<string, unknown> = {}) {
  const res = await app.request('POST', '/console/api/datasets', { token: user.token, json: { name: `kb-${Math.random().toString(36).slice(2, 10)}`, ...body } });
  if (res.status !== 201) throw new Error(`create dataset failed: ${res.status} ${res.text}`);
  return res.body as { id: string; name: string; permission: string };
}

/** A knowledge API key (`dataset-…`) of the user's workspace. */
export async function createDatasetKey(app: TestApp, user: SeededUser): Promise<string> {
  const res = await app.request('POST', '/console/api/datasets/api-keys', { token: user.token });
  if (res.status !== 200) throw new Error(`create dataset key failed: ${res.status} ${res.text}`);
  return res.body.token as string;
}

/** Polls a batch's indexing status until every document has finished (completed or error). */
export async function indexedBatch(app: TestApp, key: string, datasetId: string, batch: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const res = await app.request('GET', `/v1/datasets/${datasetId}/documents/${batch}/indexing-status`, { token: key });
    if (res.status !== 200) throw new Error(`indexing status failed: ${res.status} ${res.text}`);
    const items = res.body.data as { indexing_status: string; error: string | null; completed_segments: number; total_segments: number }[];
    if (items.every((d) => d.indexing_status === 'completed' || d.indexing_status === 'error')) return items;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`batch ${batch} never finished indexing`);
}

export interface ListedJobRun {
  id: string;
  function_id: string;
  status: string;
  output: unknown;
}

/**
 * Polls the workspace's job-run list (as its operator sees it) until no run of `functionId` is
 * unfinished, and returns them; indexing queued by a request finishes on the app's own driver.
 */
export async function settledJobRuns(app: TestApp, user: SeededUser, functionId = 'tessera-index-document'): Promise<ListedJobRun[]> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const res = await app.request('GET', '/console/api/workspaces/current/job-runs', { token: user.token, query: { function_id: functionId, limit: 100 } });
    if (res.status !== 200) throw new Error(`job runs failed: ${res.status} ${res.text}`);
    const runs = res.body.data as ListedJobRun[];
    if (runs.every((r) => ['completed', 'failed', 'cancelled'].includes(r.status))) return runs;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${functionId} runs never settled`);
}

/** `indexedBatch` over the console's batch status route, as the console's progress view polls it. */
export async function indexedBatchOnConsole(app: TestApp, user: SeededUser, datasetId: string, batch: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const res = await app.request('GET', `/console/api/datasets/${datasetId}/batch/${batch}/indexing-status`, { token: user.token });
    if (res.status !== 200) throw new Error(`indexing status failed: ${res.status} ${res.text}`);
    const items = res.body.data as { indexing_status: string; error: string | null; completed_segments: number; total_segments: number }[];
    if (items.every((d) => d.indexing_status === 'completed' || d.indexing_status === 'error')) return items;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`batch ${batch} never finished indexing`);
}
