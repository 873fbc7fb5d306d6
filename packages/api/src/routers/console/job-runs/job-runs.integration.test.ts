import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentIndexRequested, PER_WORKSPACE } from '@tessera/jobs';
import { type JobFunctionsFactory } from '../../../jobs';
import { createTestApp, seedMember, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../../testing';

/** An indexing-shaped function: read, pause half an hour, write; and one that always fails. */
const functions: JobFunctionsFactory = (client) => [
  client.createFunction(
    { id: 'index-document', retries: 0, concurrency: [{ key: PER_WORKSPACE, limit: 2 }], triggers: [documentIndexRequested] },
    async ({ step, event }) => {
      const read = await step.run('read', () => ({ chars: event.data.document_id.length }));
      await step.sleep('pause', '30m');
      await step.run('write', () => read.chars);
      return { indexed: event.data.document_id };
    },
  ),
  client.createFunction({ id: 'broken', retries: 0, triggers: [{ event: 'test/broken' }] }, async ({ step }) => {
    await step.run('explode', () => {
      throw new Error('the document could not be read');
    });
  }),
];

describe('console job runs', () => {
  let app: TestApp;
  let owner: SeededUser;
  let other: SeededUser;
  const index = (workspaceId: string) =>
    app.deps.jobs.send(documentIndexRequested.create({ workspace_id: workspaceId, dataset_id: randomUUID(), document_id: randomUUID() }));
  const list = (user: SeededUser, query: Record<string, string | number> = {}) =>
    app.request('GET', '/console/api/workspaces/current/job-runs', { token: user.token, query });
  const detail = (user: SeededUser, id: string) => app.request('GET', `/console/api/workspaces/current/job-runs/${id}`, { token: user.token });
  const cancel = (user: SeededUser, id: string) => app.request('POST', `/console/api/workspaces/current/job-runs/${id}/cancel`, { token: user.token, json: {} });

  beforeAll(async () => {
    app = await createTestApp({}, { jobFunctions: functions, startJobs: false });
    owner = await seedOwner(app);
    other = await seedWorkspace(app, 'other');
    await index(owner.workspaceId);
    await index(owner.workspaceId);
    await index(other.workspaceId);
    await app.deps.jobs.send({ name: 'test/broken', data: { workspace_id: owner.workspaceId } });
    await app.deps.jobs.runUntilIdle();
  });
  afterAll(async () => app?.close());

  it("lists only the workspace's own runs, newest first, with their state", async () => {
    const res = await list(owner);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ page: 1, limit: 20, total: 3, has_more: false });
    const broken = res.body.data.find((r: { function_id: string }) => r.function_id === 'tessera-broken');
    expect(broken).toMatchObject({ status: 'failed', error: { name: 'Error', message: 'the document could not be read' } });
    const indexing = res.body.data.filter((r: { function_id: string }) => r.function_id === 'tessera-index-document');
    expect(indexing).toHaveLength(2);
    for (const run of indexing) {
      expect(run).toMatchObject({ status: 'sleeping', event_name: 'dataset/document.index.requested', attempt: 0, ended_at: null });
      expect(run.next_run_at).toBeGreaterThan(run.created_at + 1700);
    }

    const theirs = await list(other);
    expect(theirs.body.total).toBe(1);
    expect(theirs.body.data.map((r: { id: string }) => r.id)).not.toContain(indexing[0].id);
  });

  it('filters by status and function, and pages', async () => {
    expect((await list(owner, { status: 'failed' })).body.data.map((r: { function_id: string }) => r.function_id)).toEqual(['tessera-broken']);
    expect((await list(owner, { function_id: 'tessera-index-document' })).body.total).toBe(2);
    const page = await list(owner, { limit: 1, page: 2 });
    expect(page.body).toMatchObject({ page: 2, limit: 1, total: 3, has_more: true });
    expect(page.body.data).toHaveLength(1);
    const bad = await list(owner, { status: 'exploded' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_param');
  });

  it('shows one run with its event and finished steps, and never another workspace’s', async () => {
    const [run] = (await list(owner, { function_id: 'tessera-index-document' })).body.data;
    const res = await detail(owner, run.id);
    expect(res.status).toBe(200);
    expect(res.body.event).toMatchObject({ name: 'dataset/document.index.requested', data: { workspace_id: owner.workspaceId } });
    expect(res.body.steps.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
      ['read', 'completed'],
      ['pause', 'completed'],
    ]);
    expect(res.body.steps[0].output).toEqual({ chars: 36 });

    const stranger = await detail(other, run.id);
    expect(stranger.status).toBe(404);
    expect(stranger.body).toEqual({ code: 'not_found', message: 'Job run not found.', status: 404 });
    const malformed = await detail(owner, 'not-a-run');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('invalid_param');
    expect((await app.request('GET', `/console/api/workspaces/current/job-runs/${run.id}`)).status).toBe(401);
  });

  it('lets owners and admins cancel an unfinished run before its next step, within their workspace only', async () => {
    const [first, second] = (await list(owner, { function_id: 'tessera-index-document' })).body.data;
    const [theirs] = (await list(other)).body.data;

    const editor = await seedMember(app, owner.workspaceId, 'editor');
    const refused = await cancel(editor, first.id);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');

    const crossed = await cancel(owner, theirs.id);
    expect(crossed.status).toBe(404);
    expect(crossed.body.code).toBe('not_found');
    expect((await detail(other, theirs.id)).body.status).toBe('sleeping');

    const admin = await seedMember(app, owner.workspaceId, 'admin');
    const res = await cancel(admin, first.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: first.id, status: 'cancelled' });
    expect(res.body.ended_at).not.toBeNull();

    const again = await cancel(owner, first.id);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'job_run_finished', status: 409 });

    // Half an hour later the other runs finish; the cancelled one never takes its next step.
    app.advanceClock(1_800_000);
    await app.deps.jobs.runUntilIdle();
    expect((await detail(owner, second.id)).body).toMatchObject({ status: 'completed', output: { indexed: expect.any(String) } });
    expect((await detail(other, theirs.id)).body.status).toBe('completed');
    const cancelled = await detail(owner, first.id);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.steps.map((s: { name: string }) => s.name)).toEqual(['read', 'pause']);
  });

  it('has no /api/inngest endpoint while jobs run in-process', async () => {
    const res = await app.request('GET', '/api/inngest');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });
});
