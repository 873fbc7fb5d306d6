import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildContext } from '../context';
import { createTestApp, type TestApp } from '../testing';
import { publicProcedure, router } from '../trpc';
import { zBool } from '../validation';
import { type ConnectionInfo } from './connection';
import { dispatchSurface } from './dispatch';
import { type Surface } from './surface';

// A small surface of its own, so the bridge's rules are tested apart from any product endpoint.
const testRouter = router({
  remove: publicProcedure
    .meta({ openapi: { method: 'DELETE', path: '/things/{thing_id}', protect: false } })
    .input(z.object({ thing_id: z.string(), user: z.string() }))
    .output(z.object({ thing_id: z.string(), user: z.string() }))
    .mutation(({ input }) => input),
  removeQuietly: publicProcedure
    .meta({ openapi: { method: 'DELETE', path: '/quiet/{thing_id}', protect: false } })
    .input(z.object({ thing_id: z.string() }))
    .output(z.void())
    .mutation(({ ctx }) => {
      ctx.response.setStatus(204);
    }),
  toggle: publicProcedure
    .meta({ openapi: { method: 'POST', path: '/toggle', protect: false } })
    .input(z.object({ enabled: zBool }))
    .output(z.object({ enabled: z.boolean() }))
    .mutation(({ input }) => input),
});

const surface: Surface = {
  name: 'console',
  prefix: '/bridge-test',
  title: 'Bridge test',
  description: '',
  router: testRouter,
  cors: false,
  plainRoutes: [],
  createContext: (deps, req, connection) => buildContext(deps, req, {}, connection),
  securitySchemes: {},
};

const LOOPBACK: ConnectionInfo = { clientIp: '127.0.0.1', origin: 'http://localhost' };

describe('OpenAPI adapter bridge', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app?.close());

  const call = (method: string, path: string, body?: unknown) =>
    dispatchSurface(
      app.deps,
      surface,
      new Request(`http://localhost${surface.prefix}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      LOOPBACK,
    );

  it("passes a DELETE's JSON body fields to the input, the query winning over the body", async () => {
    const fromBody = await call('DELETE', '/things/a1', { user: 'end-user-1' });
    expect(fromBody.status).toBe(200);
    expect(await fromBody.json()).toEqual({ thing_id: 'a1', user: 'end-user-1' });
    const fromQuery = await call('DELETE', '/things/a1?user=from-query', { user: 'from-body' });
    expect(await fromQuery.json()).toEqual({ thing_id: 'a1', user: 'from-query' });
    const missing = await call('DELETE', '/things/a1');
    expect(missing.status).toBe(400);
    expect((await missing.json()).params).toBe('user');
  });

  it('answers 204 with no body when a procedure asks for it', async () => {
    const res = await call('DELETE', '/quiet/a1');
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it('reads "false" as false and refuses a missing required boolean', async () => {
    expect(await (await call('POST', '/toggle', { enabled: 'false' })).json()).toEqual({ enabled: false });
    expect(await (await call('POST', '/toggle', { enabled: true })).json()).toEqual({ enabled: true });
    const missing = await call('POST', '/toggle', {});
    expect(missing.status).toBe(400);
    expect((await missing.json()).params).toBe('enabled');
  });

  it('accepts form-encoded bodies as flat objects', async () => {
    const res = await dispatchSurface(
      app.deps,
      surface,
      new Request(`http://localhost${surface.prefix}/toggle`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'enabled=true',
      }),
      LOOPBACK,
    );
    expect(await res.json()).toEqual({ enabled: true });
  });
});
