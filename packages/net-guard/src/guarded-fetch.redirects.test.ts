import { type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { TooManyRedirectsError } from './errors';
import { guardedFetch } from './guarded-fetch';
import { createPolicy } from './policy';
import { startCanary, type Canary } from './test-support/canary-server';
import { connectRecorder, tableLookup, v4 } from './test-support/connect-recorder';

const ALLOW_CANARY = createPolicy({ allowedCidrs: ['127.0.0.1/32'] });

const opened: Canary[] = [];
async function canaryOn(host = '127.0.0.1', handler?: (req: IncomingMessage, res: ServerResponse, body: string) => void, port?: number) {
  const canary = await startCanary(handler, { host, port });
  opened.push(canary);
  return canary;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((canary) => canary.close()));
});

function redirectTo(location: string, status = 302) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { location });
    res.end();
  };
}

/** Redirects `/from/<status>` to `/to`, and answers `/to` with what it received. */
function redirectingEcho(req: IncomingMessage, res: ServerResponse, body: string) {
  const status = /^\/from\/(\d+)$/.exec(req.url ?? '')?.[1];
  if (status) {
    res.writeHead(Number(status), { location: '/to' });
    res.end();
    return;
  }
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ method: req.method, body, contentType: req.headers['content-type'] ?? null }));
}

describe('guardedFetch redirects', () => {
  it('refuses a redirect from an allowed canary to a refused one, which sees nothing', async () => {
    const refused = await canaryOn('127.0.0.2');
    const allowed = await canaryOn('127.0.0.1', redirectTo(`${refused.origin}/secret`));
    const recorder = connectRecorder();
    await expect(guardedFetch(`${allowed.origin}/`, undefined, { policy: ALLOW_CANARY, onConnect: recorder.onConnect })).rejects.toMatchObject({
      name: 'SsrfRefusedError',
      reason: 'loopback',
      address: '127.0.0.2',
      url: `${refused.origin}/secret`,
    });
    expect(allowed.requests).toHaveLength(1);
    expect(refused.connections).toBe(0);
    expect(recorder.targets.map((t) => t.url.href)).toEqual([`${allowed.origin}/`]);
  });

  it.each([
    ['the metadata service', 'http://169.254.169.254/latest/meta-data/', 'cloud_metadata'],
    ['a metadata host name', 'http://metadata.google.internal/computeMetadata/v1/', 'metadata_host_name'],
    ['localhost', 'http://localhost/', 'local_host_name'],
    ['a shorthand loopback spelling', 'http://0x7f.2/', 'loopback'],
    ['another scheme', 'file:///etc/passwd', 'unsupported_scheme'],
    ['a URL with credentials', 'http://user:pass@127.0.0.1/', 'credentials_in_url'],
  ])('refuses a redirect to %s', async (_label, location, reason) => {
    const allowed = await canaryOn('127.0.0.1', redirectTo(location));
    const recorder = connectRecorder();
    await expect(guardedFetch(`${allowed.origin}/`, undefined, { policy: ALLOW_CANARY, onConnect: recorder.onConnect })).rejects.toMatchObject({
      name: 'SsrfRefusedError',
      reason,
    });
    expect(recorder.targets).toHaveLength(1);
  });

  it('follows allowed redirects, relative ones included, and says where it ended', async () => {
    const canary = await canaryOn('127.0.0.1', (req, res) => {
      if (req.url === '/a') return redirectTo('/b', 301)(req, res);
      if (req.url === '/b') return redirectTo('c?step=3', 308)(req, res);
      res.end(`reached ${req.url}`);
    });
    const response = await guardedFetch(`${canary.origin}/a`, undefined, { policy: ALLOW_CANARY });
    expect(await response.text()).toBe('reached /c?step=3');
    expect(response.redirected).toBe(true);
    expect(response.url).toBe(`${canary.origin}/c?step=3`);
  });

  it.each([
    [303, 'POST', 'GET', '', null],
    [303, 'PUT', 'GET', '', null],
    [301, 'POST', 'GET', '', null],
    [302, 'POST', 'GET', '', null],
    [302, 'PUT', 'PUT', '{"a":1}', 'application/json'],
    [307, 'POST', 'POST', '{"a":1}', 'application/json'],
    [308, 'PATCH', 'PATCH', '{"a":1}', 'application/json'],
  ])('after a %i, a %s becomes a %s with body %j', async (status, method, expectedMethod, expectedBody, expectedType) => {
    const canary = await canaryOn('127.0.0.1', redirectingEcho);
    const init = { method, body: '{"a":1}', headers: { 'content-type': 'application/json' } };
    const response = await guardedFetch(`${canary.origin}/from/${status}`, init, { policy: ALLOW_CANARY });
    expect(await response.json()).toEqual({ method: expectedMethod, body: expectedBody, contentType: expectedType });
  });

  it('keeps credentials on the same origin and drops them on another', async () => {
    const other = await canaryOn('127.0.0.1');
    const first = await canaryOn('127.0.0.1', (req, res) => {
      if (req.url === '/start') return redirectTo('/same')(req, res);
      redirectTo(`${other.origin}/elsewhere`)(req, res);
    });
    const headers = { authorization: 'Bearer secret', cookie: 'session=1', 'x-trace': 'kept' };
    await (await guardedFetch(`${first.origin}/start`, { headers }, { policy: ALLOW_CANARY })).text();
    expect(first.requests[1]?.headers).toMatchObject({ authorization: 'Bearer secret', cookie: 'session=1' });
    expect(other.requests[0]?.headers).not.toHaveProperty('authorization');
    expect(other.requests[0]?.headers).not.toHaveProperty('cookie');
    expect(other.requests[0]?.headers['x-trace']).toBe('kept');
  });

  it('stops after the policy’s number of redirects', async () => {
    const canary = await canaryOn('127.0.0.1', redirectTo('/loop'));
    const policy = createPolicy({ allowedCidrs: ['127.0.0.1/32'], maxRedirects: 2 });
    await expect(guardedFetch(`${canary.origin}/loop`, undefined, { policy })).rejects.toBeInstanceOf(TooManyRedirectsError);
    expect(canary.requests).toHaveLength(3);
  });

  it('hands the redirect back under redirect: "manual" and fails under redirect: "error"', async () => {
    const canary = await canaryOn('127.0.0.1', redirectTo('http://169.254.169.254/'));
    const manual = await guardedFetch(`${canary.origin}/`, { redirect: 'manual' }, { policy: ALLOW_CANARY });
    expect(manual.status).toBe(302);
    expect(manual.headers.get('location')).toBe('http://169.254.169.254/');
    await expect(guardedFetch(`${canary.origin}/`, { redirect: 'error' }, { policy: ALLOW_CANARY })).rejects.toMatchObject({
      name: 'TypeError',
      message: 'fetch failed',
    });
  });
});

describe('guardedFetch against DNS rebinding', () => {
  /** Answers `first` to the first question and `then` to every later one, as a rebinding DNS server would. */
  function rebindingLookup(first: string, then: string) {
    const asked: string[] = [];
    return {
      asked,
      lookup: async (hostname: string) => {
        asked.push(hostname);
        return [v4(asked.length === 1 ? first : then)];
      },
    };
  }

  it('connects to the address it checked, not to a second answer', async () => {
    const checked = await canaryOn('127.0.0.1');
    const rebound = await canaryOn('127.0.0.2', undefined, checked.port);
    const { lookup, asked } = rebindingLookup('127.0.0.1', '127.0.0.2');
    const response = await guardedFetch(`http://rebind.test:${checked.port}/`, undefined, { policy: ALLOW_CANARY, lookup });
    expect(await response.text()).toBe('canary');
    expect(asked).toEqual(['rebind.test']);
    expect(checked.requests).toMatchObject([{ headers: { host: `rebind.test:${checked.port}` } }]);
    expect(rebound.connections).toBe(0);
  });

  it('checks the name again on every hop, so a rebound answer after a redirect is refused', async () => {
    const checked = await canaryOn('127.0.0.1', (req, res) => (req.url === '/first' ? redirectTo('/second')(req, res) : res.end('second')));
    const rebound = await canaryOn('127.0.0.2', undefined, checked.port);
    const { lookup, asked } = rebindingLookup('127.0.0.1', '127.0.0.2');
    await expect(guardedFetch(`http://rebind.test:${checked.port}/first`, undefined, { policy: ALLOW_CANARY, lookup })).rejects.toMatchObject({
      name: 'SsrfRefusedError',
      address: '127.0.0.2',
    });
    expect(asked).toEqual(['rebind.test', 'rebind.test']);
    expect(rebound.connections).toBe(0);
  });

  it('pins the socket to the checked answer: the system resolver, which knows no such name, is never asked', async () => {
    const canary = await canaryOn('127.0.0.1');
    const { lookup } = tableLookup({ 'nowhere.invalid': [v4('127.0.0.1')] });
    const response = await guardedFetch(`http://nowhere.invalid:${canary.port}/`, undefined, { policy: ALLOW_CANARY, lookup });
    expect(await response.text()).toBe('canary');
  });
});
