import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playServedRun } from '@tessera/jobs/testing';
import { createTestApp, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../testing';
import { type JobFunctionsFactory } from '.';

const functions: JobFunctionsFactory = (client) => [
  client.createFunction({ id: 'served', triggers: [{ event: 'test/served' }] }, async ({ step, event }) => {
    const doubled = await step.run('double', () => (event.data as { n: number }).n * 2);
    return { doubled };
  }),
  client.createFunction({ id: 'served-broken', retries: 1, triggers: [{ event: 'test/served-broken' }] }, async ({ step }) => {
    await step.run('read', () => 'fine');
    throw new Error('the source is gone');
  }),
];

/** A real Inngest server is not installable here; these requests are the ones it sends. */
describe('/api/inngest with an Inngest server configured', () => {
  let app: TestApp;
  let owner: SeededUser;
  let other: SeededUser;
  beforeAll(async () => {
    // The dev server's mode: no signing key. Nothing here contacts it; the test plays its part.
    app = await createTestApp({ jobs: { mode: 'serve', baseUrl: 'http://127.0.0.1:8288', dev: true } }, { jobFunctions: functions });
    owner = await seedOwner(app);
    other = await seedWorkspace(app, 'other');
  });
  const runs = async (user: SeededUser) => {
    const res = await app.request('GET', '/console/api/workspaces/current/job-runs', { token: user.token });
    expect(res.status).toBe(200);
    return res.body.data as Array<Record<string, unknown>>;
  };
  afterAll(async () => app?.close());

  it('describes the registered functions to the server', async () => {
    const res = await app.request('GET', '/api/inngest');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ function_count: 2, mode: 'dev' });
  });

  it('runs the function step by step as the server asks, and lists the run as it goes', async () => {
    const event = { name: 'test/served', data: { n: 21, workspace_id: owner.workspaceId }, id: 'evt-1', ts: Date.now() };
    const call = (steps: Record<string, unknown>) =>
      app.request('POST', '/api/inngest', {
        query: { fnId: 'tessera-served', stepId: 'step' },
        json: { event, events: [event], steps, ctx: { run_id: 'run-1', attempt: 0, max_attempts: 4, stack: { stack: Object.keys(steps), current: 0 } } },
      });
    const first = await call({});
    expect(first.status).toBe(206);
    const [op] = first.body as Array<{ id: string; op: string; data: unknown }>;
    expect(op).toMatchObject({ op: 'StepRun', data: 42 });
    const [running] = await runs(owner);
    expect(running).toMatchObject({ function_id: 'tessera-served', event_name: 'test/served', status: 'running', ended_at: null });
    const cancel = await app.request('POST', `/console/api/workspaces/current/job-runs/${String(running!.id)}/cancel`, { token: owner.token, json: {} });
    expect(cancel.status).toBe(409);
    expect(cancel.body).toMatchObject({ code: 'job_run_served' });
    const done = await call({ [op!.id]: { type: 'data', data: 42 } });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ doubled: 42 });
    const listed = await runs(owner);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: running!.id, status: 'completed', output: { doubled: 42 }, ended_at: expect.any(Number) });
    expect(await runs(other)).toEqual([]);
    const detail = await app.request('GET', `/console/api/workspaces/current/job-runs/${String(running!.id)}`, { token: owner.token });
    expect(detail.body).toMatchObject({ status: 'completed' });
    expect((await app.request('GET', `/console/api/workspaces/current/job-runs/${String(running!.id)}`, { token: other.token })).status).toBe(404);
  });

  it('lists a run that failed on its last attempt with its error, and one retried to success once', async () => {
    const broken = await playServedRun(app.deps.jobs.serve!, {
      functionId: 'tessera-served-broken',
      runId: 'run-broken',
      event: { name: 'test/served-broken', data: { workspace_id: other.workspaceId }, id: 'evt-3', ts: Date.now() },
      maxAttempts: 2,
    });
    expect(broken.status).toBe('failed');
    const [failed] = await runs(other);
    expect(failed).toMatchObject({ function_id: 'tessera-served-broken', status: 'failed', attempt: 1, error: { message: 'the source is gone' }, ended_at: expect.any(Number) });

    const event = { name: 'test/served', data: { n: 5, workspace_id: other.workspaceId }, id: 'evt-4', ts: Date.now() };
    const again = { functionId: 'tessera-served', runId: 'run-twice', event, maxAttempts: 4 };
    expect(await playServedRun(app.deps.jobs.serve!, again)).toMatchObject({ status: 'completed', result: JSON.stringify({ doubled: 10 }) });
    // The server may deliver a finished run's last request twice: still one row, still completed.
    expect(await playServedRun(app.deps.jobs.serve!, again)).toMatchObject({ status: 'completed' });
    const listed = await runs(other);
    expect(listed.filter((run) => run.function_id === 'tessera-served')).toEqual([expect.objectContaining({ status: 'completed', output: { doubled: 10 } })]);
  });

  it('is documented in the web app API', async () => {
    const document = (await app.request('GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths['/inngest'] ?? {}).sort()).toEqual(['get', 'post', 'put']);
  });
});

describe('/api/inngest with a production Inngest server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(
      { jobs: { mode: 'serve', baseUrl: 'http://127.0.0.1:8288', signingKey: 'signkey-test-0123456789abcdef0123456789abcdef', eventKey: 'test-event-key' } },
      { jobFunctions: functions },
    );
  });
  afterAll(async () => app?.close());

  it('refuses a run request the server did not sign', async () => {
    const event = { name: 'test/served', data: { n: 1 }, id: 'evt-2', ts: Date.now() };
    const res = await app.request('POST', '/api/inngest', {
      query: { fnId: 'tessera-served', stepId: 'step' },
      json: { event, events: [event], steps: {}, ctx: { run_id: 'run-2', attempt: 0, max_attempts: 4 } },
    });
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('signkey-test');
  });
});
