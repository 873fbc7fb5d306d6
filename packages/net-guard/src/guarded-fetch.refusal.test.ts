import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SsrfRefusedError } from './errors';
import { guardedFetch } from './guarded-fetch';
import { createPolicy } from './policy';
import { type ResolvedAddress } from './resolve';
import { startCanary, type Canary } from './test-support/canary-server';
import { connectRecorder, tableLookup, v4, v6 } from './test-support/connect-recorder';

const ALLOW_CANARY = createPolicy({ allowedCidrs: ['127.0.0.1/32'] });

let canary: Canary;
beforeEach(async () => {
  canary = await startCanary();
});
afterEach(async () => {
  await canary.close();
});

function refusal(promise: Promise<unknown>): Promise<SsrfRefusedError> {
  return promise.then(
    () => {
      throw new Error('the fetch was not refused');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(SsrfRefusedError);
      return error as SsrfRefusedError;
    },
  );
}

describe('guardedFetch against a loopback canary', () => {
  it('refuses the canary by default and never connects to it', async () => {
    const recorder = connectRecorder();
    const error = await refusal(guardedFetch(`${canary.origin}/`, undefined, { onConnect: recorder.onConnect }));
    expect(error).toMatchObject({ reason: 'loopback', address: '127.0.0.1', range: '127.0.0.0/8' });
    expect(recorder.targets).toEqual([]);
    expect(canary.connections).toBe(0);
  });

  it.each(['2130706433', '0x7f.1', '127.1', '0177.0.0.1', '[::ffff:127.0.0.1]'])('refuses the canary spelt %s', async (host) => {
    await refusal(guardedFetch(`http://${host}:${canary.port}/`));
    expect(canary.connections).toBe(0);
  });

  it('fetches the canary when the operator allows 127.0.0.1/32', async () => {
    const recorder = connectRecorder();
    const response = await guardedFetch(`${canary.origin}/page?x=1`, undefined, { policy: ALLOW_CANARY, onConnect: recorder.onConnect });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('canary');
    expect(response.url).toBe(`${canary.origin}/page?x=1`);
    expect(response.redirected).toBe(false);
    expect(canary.requests).toMatchObject([{ method: 'GET', path: '/page?x=1', headers: { host: `127.0.0.1:${canary.port}` } }]);
    expect(recorder.targets.map((t) => t.addresses)).toEqual([[v4('127.0.0.1')]]);
  });

  it('refuses an IPv6 loopback canary, and fetches it once ::1 is allowed', async () => {
    const v6Canary = await startCanary(undefined, { host: '::1' });
    try {
      await expect(guardedFetch(`${v6Canary.origin}/`)).rejects.toMatchObject({ name: 'SsrfRefusedError', reason: 'loopback', address: '::1' });
      expect(v6Canary.connections).toBe(0);
      const response = await guardedFetch(`${v6Canary.origin}/`, undefined, { policy: createPolicy({ allowedCidrs: ['::1/128'] }) });
      expect(await response.text()).toBe('canary');
      expect(v6Canary.requests[0]?.headers.host).toBe(`[::1]:${v6Canary.port}`);
    } finally {
      await v6Canary.close();
    }
  });

  it('refuses localhost by name, whatever the policy allows', async () => {
    const error = await refusal(guardedFetch(`http://localhost:${canary.port}/`, undefined, { policy: ALLOW_CANARY }));
    expect(error).toMatchObject({ reason: 'local_host_name', address: 'localhost' });
    expect(canary.connections).toBe(0);
  });

  it('refuses a host name that resolves to the canary', async () => {
    const { lookup, asked } = tableLookup({ 'canary.test': [v4('127.0.0.1')] });
    const error = await refusal(guardedFetch(`http://canary.test:${canary.port}/`, undefined, { lookup }));
    expect(error).toMatchObject({ reason: 'loopback', address: '127.0.0.1' });
    expect(asked).toEqual(['canary.test']);
    expect(canary.connections).toBe(0);
  });

  it('fetches a host name the operator lists, keeping the name in the Host header', async () => {
    const { lookup } = tableLookup({ 'wiki.corp': [v4('127.0.0.1')] });
    const policy = createPolicy({ allowedHosts: [`wiki.corp:${canary.port}`] });
    const response = await guardedFetch(`http://wiki.corp:${canary.port}/`, undefined, { policy, lookup });
    expect(await response.text()).toBe('canary');
    expect(canary.requests[0]?.headers.host).toBe(`wiki.corp:${canary.port}`);
  });

  it('refuses credentials in the URL without repeating them', async () => {
    const error = await refusal(guardedFetch(`http://admin:s3cret@127.0.0.1:${canary.port}/`, undefined, { policy: ALLOW_CANARY }));
    expect(error.reason).toBe('credentials_in_url');
    expect(error.message).not.toContain('s3cret');
    expect(error.url).toBe(`${canary.origin}/`);
    expect(canary.connections).toBe(0);
  });

  it('refuses schemes other than http and https', async () => {
    await expect(guardedFetch('file:///etc/passwd')).rejects.toMatchObject({ name: 'SsrfRefusedError', reason: 'unsupported_scheme' });
  });
});

describe('guardedFetch with an injected resolver', () => {
  const refusedAnswers: Array<[string, ResolvedAddress[], string]> = [
    ['a private address', [v4('10.0.0.5')], 'private'],
    ['the metadata address', [v4('169.254.169.254')], 'cloud_metadata'],
    ["Alibaba's metadata address", [v4('100.100.100.200')], 'cloud_metadata'],
    ["AWS's IPv6 metadata address", [v6('fd00:ec2::254')], 'cloud_metadata'],
    ['a mapped private address', [v6('::ffff:192.168.1.1')], 'private'],
    ['IPv6 loopback', [v6('::1')], 'loopback'],
    ['a public and a private address', [v4('93.184.215.14'), v4('10.0.0.5')], 'private'],
    ['a public address and loopback', [v6('2606:4700:4700::1111'), v4('127.0.0.1')], 'loopback'],
  ];

  it.each(refusedAnswers)('refuses a host that resolves to %s before connecting anywhere', async (_label, answers, reason) => {
    const { lookup, asked } = tableLookup({ 'internal.test': answers });
    const recorder = connectRecorder();
    await expect(guardedFetch('http://internal.test/', undefined, { lookup, onConnect: recorder.onConnect })).rejects.toMatchObject({
      name: 'SsrfRefusedError',
      reason,
    });
    expect(asked).toEqual(['internal.test']);
    expect(recorder.targets).toEqual([]);
  });

  it('lets a host that resolves only to public addresses through to the connection', async () => {
    const { lookup } = tableLookup({ 'public.test': [v4('93.184.215.14'), v6('2606:2800:21f:cb07:6820:80da:af6b:8b2c')] });
    const recorder = connectRecorder();
    // The recorder stops the connection itself: tests reach nothing beyond loopback.
    const error = await guardedFetch('https://public.test/', undefined, { lookup, onConnect: recorder.onConnect }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { message: 'test stopped a connection to 93.184.215.14' } });
    expect(recorder.targets).toMatchObject([{ host: 'public.test', port: 443, addresses: [v4('93.184.215.14'), v6('2606:2800:21f:cb07:6820:80da:af6b:8b2c')] }]);
  });

  it('fails like fetch when the name does not resolve', async () => {
    const { lookup } = tableLookup({});
    const error = await guardedFetch('http://missing.test/', undefined, { lookup }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ENOTFOUND' } });
  });
});
