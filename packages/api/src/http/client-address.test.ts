import { describe, expect, it } from 'vitest';
import { normaliseAddress, parseTrustedProxies, peerIsTrusted, resolveClientAddress } from './client-address';

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    const none = parseTrustedProxies(undefined);
    expect(resolveClientAddress('198.51.100.9', '1.2.3.4, 5.6.7.8', none)).toBe('198.51.100.9');
    expect(resolveClientAddress('::ffff:198.51.100.9', null, none)).toBe('198.51.100.9');
    expect(peerIsTrusted('127.0.0.1', none)).toBe(false);
  });

  it('walks past trusted proxies from the right, never reaching what the client wrote', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 127.0.0.1');
    // client forged 6.6.6.6; the edge proxy 10.0.0.5 appended the real client 203.0.113.7
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 203.0.113.7, 10.0.0.5', trusted)).toBe('203.0.113.7');
    expect(resolveClientAddress('203.0.113.50', '6.6.6.6', trusted)).toBe('203.0.113.50');
    expect(peerIsTrusted('::ffff:10.1.2.3', trusted)).toBe(true);
    expect(peerIsTrusted('11.0.0.1', trusted)).toBe(false);
  });

  it('takes the address a hop count names, counting the peer as the nearest hop', () => {
    const oneHop = parseTrustedProxies('1');
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 203.0.113.7', oneHop)).toBe('203.0.113.7');
    expect(resolveClientAddress('10.0.0.2', null, oneHop)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', 'a, b, 203.0.113.7', parseTrustedProxies('2'))).toBe('203.0.113.7');
  });

  it('ignores entries that are not addresses and reads IPv6 forms', () => {
    const trusted = parseTrustedProxies('::1, fd00::/8');
    expect(resolveClientAddress('::1', 'unknown, 2001:db8::7, fd00::3', trusted)).toBe('2001:db8::7');
    expect(normaliseAddress('[::1]')).toBe('::1');
  });

  it('refuses a setting that is neither a count nor addresses', () => {
    expect(() => parseTrustedProxies('proxy.local')).toThrow(/TRUSTED_PROXIES/);
    expect(parseTrustedProxies('0')).toEqual({ kind: 'none' });
  });
});
