import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing';
import { type JobFunctionsFactory } from '.';

const functions: JobFunctionsFactory = (client) => [
  client.createFunction({ id: 'served', triggers: [{ event: 'test/served' }] }, async ({ step, event }) => {
    const doubled = await step.run('double', () => (event.data as { n: number }).n * 2);
    return { doubled };
  }),
];

/** A real Inngest server is not installable here; these requests are the ones it sends. */
describe('/api/inngest with an Inngest server configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    // The dev server's mode: no signing key. Nothing here contacts it; the test plays its part.
    app = await createTestApp({ jobs: { mode: 'serve', baseUrl: 'http://127.0.0.1:8288', dev: true } }, { jobFunctions: functions });
  });
  afterAll(async () => app?.close());

  it('describes the registered functions to the server', async () => {
    const res = await app.request('GET', '/api/inngest');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ function_count: 1, mode: 'dev' });
  });

  it('runs the function step by step as the server asks', async () => {
    const event = { name: 'test/served', data: { n: 21 }, id: 'evt-1', ts: Date.now() };
    const call = (steps: Record<string, unknown>) =>
      app.request('POST', '/api/inngest', {
        query: { fnId: 'tessera-served', stepId: 'step' },
        json: { event, events: [event], steps, ctx: { run_id: 'run-1', attempt: 0, max_attempts: 4, stack: { stack: Object.keys(steps), current: 0 } } },
      });
    const first = await call({});
    expect(first.status).toBe(206);
    const [op] = first.body as Array<{ id: string; op: string; data: unknown }>;
    expect(op).toMatchObject({ op: 'StepRun', data: 42 });
    const done = await call({ [op!.id]: { type: 'data', data: 42 } });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ doubled: 42 });
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
