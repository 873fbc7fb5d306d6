import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedFetch } from './guarded-fetch';
import { createPolicy } from './policy';
import { startCanary, type Canary } from './test-support/canary-server';
import { tableLookup, v4 } from './test-support/connect-recorder';

// A self-signed certificate for the name canary.test only (valid until 2126), made for these tests.
const cert = readFileSync(new URL('./test-support/canary-test-cert.pem', import.meta.url));
const key = readFileSync(new URL('./test-support/canary-test-key.pem', import.meta.url));
const ALLOW_CANARY = createPolicy({ allowedCidrs: ['127.0.0.1/32'] });
const { lookup } = tableLookup({ 'canary.test': [v4('127.0.0.1')], 'other.test': [v4('127.0.0.1')] });

let canary: Canary;
beforeAll(async () => {
  canary = await startCanary(undefined, { tls: { cert, key } });
});
afterAll(async () => {
  await canary.close();
});

describe('guardedFetch over TLS to a pinned address', () => {
  it('sends the URL’s name as SNI and Host and checks the certificate against it, while connecting to the checked address', async () => {
    const response = await guardedFetch(`https://canary.test:${canary.port}/tls`, undefined, { policy: ALLOW_CANARY, lookup, ca: cert });
    expect(await response.text()).toBe('canary');
    expect(canary.requests.at(-1)).toMatchObject({ path: '/tls', servername: 'canary.test', headers: { host: `canary.test:${canary.port}` } });
  });

  it('refuses a certificate that does not name the host, though the address is the same', async () => {
    const error = await guardedFetch(`https://other.test:${canary.port}/`, undefined, { policy: ALLOW_CANARY, lookup, ca: cert }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ERR_TLS_CERT_ALTNAME_INVALID' } });
  });

  it('trusts the system’s authorities by default, which do not know this certificate', async () => {
    const error = await guardedFetch(`https://canary.test:${canary.port}/`, undefined, { policy: ALLOW_CANARY, lookup }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TypeError', cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } });
  });
});
