import { describe, expect, it } from 'vitest';
import { decideAddress } from './decide-address';
import { decideUrl } from './decide-url';
import { policyFromEnv } from './policy-from-env';

describe('policyFromEnv', () => {
  it('opens nothing by default and has bounded defaults', () => {
    const policy = policyFromEnv({});
    expect(policy).toMatchObject({ allowedHosts: [], allowedCidrs: [], deniedCidrs: [], maxRedirects: 5, maxResponseBytes: 10 * 1024 * 1024, timeoutMs: 30_000 });
  });

  it('reads every variable, with lists separated by commas or spaces', () => {
    const policy = policyFromEnv({
      SSRF_ALLOWED_HOSTS: 'Wiki.Corp.:8080, *.lab.example  [FD00::1]:443,192.168.1.10',
      SSRF_ALLOWED_CIDRS: '10.0.0.0/8 127.0.0.1, fd12::/16',
      SSRF_DENIED_CIDRS: '10.9.0.0/16',
      SSRF_MAX_REDIRECTS: '0',
      SSRF_MAX_RESPONSE_BYTES: '1048576',
      SSRF_TIMEOUT_MS: '5000',
    });
    expect(policy.allowedHosts).toEqual([
      { host: 'wiki.corp', port: 8080 },
      { host: '*.lab.example' },
      { host: 'fd00::1', port: 443 },
      { host: '192.168.1.10' },
    ]);
    expect(policy.allowedCidrs.map((range) => range.cidr)).toEqual(['10.0.0.0/8', '127.0.0.1/32', 'fd12::/16']);
    expect(policy).toMatchObject({ maxRedirects: 0, maxResponseBytes: 1_048_576, timeoutMs: 5000 });
  });

  it('gives a policy the checks obey', () => {
    const policy = policyFromEnv({ SSRF_ALLOWED_HOSTS: 'wiki.corp:8080', SSRF_ALLOWED_CIDRS: '10.0.0.0/8', SSRF_DENIED_CIDRS: '10.9.0.0/16' });
    expect(decideAddress('10.1.0.1', policy)).toEqual({ allowed: true });
    expect(decideAddress('10.9.0.1', policy)).toMatchObject({ allowed: false, reason: 'denied_by_operator' });
    expect(decideAddress('192.168.0.1', policy)).toMatchObject({ allowed: false, reason: 'private' });
    expect(decideUrl('http://wiki.corp:8080/', policy)).toMatchObject({ allowed: true, trustedHost: true });
  });

  it.each([
    ['SSRF_ALLOWED_CIDRS', '10/8'],
    ['SSRF_ALLOWED_CIDRS', '010.0.0.0/8'],
    ['SSRF_ALLOWED_CIDRS', '10.0.0.0/33'],
    ['SSRF_ALLOWED_CIDRS', 'fd00::/129'],
    ['SSRF_DENIED_CIDRS', 'intranet'],
    ['SSRF_DENIED_CIDRS', '10.0.0.0/'],
    ['SSRF_ALLOWED_HOSTS', 'wiki.corp:99999'],
    ['SSRF_ALLOWED_HOSTS', 'wiki.corp:0'],
    ['SSRF_ALLOWED_HOSTS', 'http://wiki.corp/'],
    ['SSRF_ALLOWED_HOSTS', '*.10.0.0.1'],
    ['SSRF_ALLOWED_HOSTS', 'wiki.corp/path'],
    ['SSRF_ALLOWED_HOSTS', 'user@wiki.corp'],
    ['SSRF_MAX_REDIRECTS', '-1'],
    ['SSRF_MAX_REDIRECTS', 'five'],
    ['SSRF_MAX_RESPONSE_BYTES', '0'],
    ['SSRF_TIMEOUT_MS', '1.5'],
  ])('refuses %s=%j, naming the variable', (name, value) => {
    expect(() => policyFromEnv({ [name]: value })).toThrow(name);
  });
});
