import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SsrfRefusedError } from './errors';
import { createGuardedFetch } from './guarded-fetch';
import { createPolicy } from './policy';
import { startCanary, type Canary } from './test-support/canary-server';

let canary: Canary;
beforeAll(async () => {
  canary = await startCanary((req, res, body) => {
    if (req.url === '/empty') return void res.writeHead(204).end();
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, body, type: req.headers['content-type'] ?? null }));
  });
});
afterAll(async () => {
  await canary.close();
});

/** Code written against the fetch signature, as an MCP client or a crawler would be. */
async function postJson(fetchImpl: typeof fetch, url: string, payload: unknown) {
  const response = await fetchImpl(new Request(url, { method: 'POST', body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } }));
  return { response, json: (await response.json()) as unknown };
}

describe('createGuardedFetch', () => {
  it('stands in for fetch: Request objects, bodies, headers and JSON answers', async () => {
    const guarded = createGuardedFetch(createPolicy({ allowedCidrs: ['127.0.0.1/32'] }));
    const { response, json } = await postJson(guarded, `${canary.origin}/rpc`, { hello: 'world' });
    expect(json).toEqual({ method: 'POST', body: '{"hello":"world"}', type: 'application/json' });
    expect(response.ok).toBe(true);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('frames the request itself, whatever Host or Content-Length the caller claims', async () => {
    const guarded = createGuardedFetch(createPolicy({ allowedCidrs: ['127.0.0.1/32'] }));
    const headers = { host: 'internal.example', 'content-length': '999' };
    const response = await guarded(`${canary.origin}/rpc`, { method: 'POST', body: 'four', headers });
    expect(await response.json()).toMatchObject({ body: 'four' });
    expect(canary.requests.at(-1)?.headers).toMatchObject({ host: `127.0.0.1:${canary.port}`, 'content-length': '4' });
    const bodiless = await guarded(`${canary.origin}/rpc`, { headers: { 'content-length': '999', 'transfer-encoding': 'chunked' } });
    expect(await bodiless.json()).toMatchObject({ method: 'GET', body: '' });
  });

  it('answers 204 and HEAD with no body', async () => {
    const guarded = createGuardedFetch(createPolicy({ allowedCidrs: ['127.0.0.1/32'] }));
    expect((await guarded(`${canary.origin}/empty`)).body).toBeNull();
    const head = await guarded(`${canary.origin}/rpc`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('keeps the policy it was made with', async () => {
    const guarded = createGuardedFetch(createPolicy());
    const seenBefore = canary.connections;
    await expect(postJson(guarded, `${canary.origin}/rpc`, {})).rejects.toBeInstanceOf(SsrfRefusedError);
    expect(canary.connections).toBe(seenBefore);
  });
});
