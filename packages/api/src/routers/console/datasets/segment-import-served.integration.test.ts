import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetDocuments } from '@tessera/db';
import { createDatasetAs, createDatasetKey, createTestApp, seedOwner, type SeededUser, type TestApp } from '../../../testing';
import { upload } from '../../files/testing';

/** Stands in for an Inngest server's event intake: records what Tessera sends. */
async function eventIntake(): Promise<{ url: string; events: { name: string; data: Record<string, unknown> }[]; close: () => Promise<void> }> {
  const events: { name: string; data: Record<string, unknown> }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const parsed = JSON.parse(body || '[]');
      events.push(...(Array.isArray(parsed) ? parsed : [parsed]));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ids: events.map((_, i) => `evt-${i}`), status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, events, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * With an Inngest server configured, no in-process driver runs jobs or writes job_runs: the import's
 * status must come from the import itself. The test plays the server's part over /api/inngest.
 */
describe('segment batch import run by an Inngest server', () => {
  let app: TestApp;
  let owner: SeededUser;
  let intake: Awaited<ReturnType<typeof eventIntake>>;
  let datasetId: string;
  let documentId: string;

  beforeAll(async () => {
    intake = await eventIntake();
    app = await createTestApp({ jobs: { mode: 'serve', baseUrl: intake.url, dev: true } });
    owner = await seedOwner(app);
    datasetId = (await createDatasetAs(app, owner, { indexing_technique: 'economy' })).id;
    const key = await createDatasetKey(app, owner);
    const created = await app.request('POST', `/v1/datasets/${datasetId}/document/create-by-text`, {
      token: key,
      json: { name: 'notes', text: 'Seabirds of the north.', process_rule: { mode: 'automatic' } },
    });
    expect(created.status, created.text).toBe(200);
    documentId = created.body.document.id;
    // Its indexing is a job the server would run too; this test is about the import, so the document is set done.
    await app.deps.db.update(datasetDocuments).set({ indexingStatus: 'completed', completedAt: new Date() }).where(eq(datasetDocuments.id, documentId));
  });
  afterAll(async () => {
    await app?.close();
    await intake?.close();
  });

  const status = (jobId: string) => app.request('GET', `/console/api/datasets/batch_import_status/${jobId}`, { token: owner.token });
  const runAsServer = (event: { name: string; data: Record<string, unknown> }, steps: Record<string, unknown>) =>
    app.request('POST', '/api/inngest', {
      query: { fnId: 'tessera-import-segments', stepId: 'step' },
      json: { event, events: [event], steps, ctx: { run_id: 'run-import', attempt: 0, max_attempts: 1, stack: { stack: Object.keys(steps), current: 0 } } },
    });

  it('answers waiting, then completed once the server has run the job, which the run list shows once', async () => {
    expect(documentId, 'a document to import into').toBeTruthy();
    const file = await upload(app, { name: 'rows.csv', data: 'content\nGannets dive from thirty metres.\n', type: 'text/csv', source: 'datasets', token: owner.token });
    const started = await app.request('POST', `/console/api/datasets/${datasetId}/documents/${documentId}/segments/batch_import`, {
      token: owner.token,
      json: { upload_file_id: file.body.id },
    });
    expect(started.status, started.text).toBe(200);
    const jobId = started.body.job_id as string;
    expect((await status(jobId)).body).toEqual({ job_id: jobId, job_status: 'waiting' });
    const event = intake.events.find((e) => e.name === 'dataset/segments.import.requested' && e.data?.job_id === jobId);
    expect(event?.data).toMatchObject({ job_id: jobId, document_id: documentId });

    const first = await runAsServer(event!, {});
    expect(first.status, first.text).toBe(206);
    const [op] = first.body as Array<{ id: string; op: string; data: unknown }>;
    expect(op).toMatchObject({ op: 'StepRun', data: { segments: 1 } });
    expect((await status(jobId)).body).toEqual({ job_id: jobId, job_status: 'completed' });
    expect((await runAsServer(event!, { [op!.id]: { type: 'data', data: op!.data } })).status).toBe(200);

    const runs = await app.request('GET', '/console/api/workspaces/current/job-runs', { token: owner.token });
    expect(runs.status, runs.text).toBe(200);
    // Recorded from the server's own requests, once, however many requests the run took.
    expect(runs.body.data).toHaveLength(1);
    expect(runs.body.data[0]).toMatchObject({ function_id: 'tessera-import-segments', event_name: 'dataset/segments.import.requested', status: 'completed' });
    const segments = await app.request('GET', `/console/api/datasets/${datasetId}/documents/${documentId}/segments`, { token: owner.token });
    expect(segments.body.data.map((s: { content: string }) => s.content)).toContain('Gannets dive from thirty metres.');
  });
});
