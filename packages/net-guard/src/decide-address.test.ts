import { describe, expect, it } from 'vitest';
import { decideAddress, decideTrustedAddress } from './decide-address';
import { createPolicy } from './policy';
import { type RefusalReason } from './refusal';

// [address, reason] — the first and last address of every refused range, and odd spellings of them.
const REFUSED_IPV4: Array<[string, RefusalReason]> = [
  ['0.0.0.0', 'this_network'],
  ['0.255.255.255', 'this_network'],
  ['10.0.0.0', 'private'],
  ['10.255.255.255', 'private'],
  ['100.64.0.0', 'shared_address_space'],
  ['100.127.255.255', 'shared_address_space'],
  ['127.0.0.0', 'loopback'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.255', 'loopback'],
  ['169.254.0.0', 'link_local'],
  ['169.254.255.255', 'link_local'],
  ['169.254.169.254', 'cloud_metadata'],
  ['169.254.170.2', 'cloud_metadata'],
  ['100.100.100.200', 'cloud_metadata'],
  ['172.16.0.0', 'private'],
  ['172.31.255.255', 'private'],
  ['192.0.0.0', 'ietf_protocol_assignment'],
  ['192.0.0.255', 'ietf_protocol_assignment'],
  ['192.0.2.0', 'documentation'],
  ['192.0.2.255', 'documentation'],
  ['192.168.0.0', 'private'],
  ['192.168.255.255', 'private'],
  ['198.18.0.0', 'benchmarking'],
  ['198.19.255.255', 'benchmarking'],
  ['198.51.100.0', 'documentation'],
  ['198.51.100.255', 'documentation'],
  ['203.0.113.0', 'documentation'],
  ['203.0.113.255', 'documentation'],
  ['224.0.0.0', 'multicast'],
  ['239.255.255.255', 'multicast'],
  ['240.0.0.0', 'reserved'],
  ['255.255.255.254', 'reserved'],
  ['255.255.255.255', 'broadcast'],
];

// The neighbours just outside each refused range, and ordinary public addresses.
const ALLOWED_IPV4 = [
  '1.0.0.0',
  '9.255.255.255',
  '11.0.0.0',
  '100.63.255.255',
  '100.128.0.0',
  '126.255.255.255',
  '128.0.0.0',
  '169.253.255.255',
  '169.255.0.0',
  '172.15.255.255',
  '172.32.0.0',
  '191.255.255.255',
  '192.0.1.0',
  '192.0.3.0',
  '192.167.255.255',
  '192.169.0.0',
  '198.17.255.255',
  '198.20.0.0',
  '198.51.99.255',
  '198.51.101.0',
  '203.0.112.255',
  '203.0.114.0',
  '223.255.255.255',
  '8.8.8.8',
  '93.184.215.14',
];

const REFUSED_IPV6: Array<[string, RefusalReason]> = [
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['0000:0000:0000:0000:0000:0000:0000:0001', 'loopback'],
  ['[::1]', 'loopback'],
  ['fc00::', 'unique_local'],
  ['fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'unique_local'],
  ['fd00:ec2::254', 'cloud_metadata'],
  ['fd00:ec2::253', 'unique_local'],
  ['fe80::', 'link_local'],
  ['FE80::1', 'link_local'],
  ['fe80::1%eth0', 'link_local'],
  ['febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'link_local'],
  ['fec0::1', 'site_local'],
  ['ff00::', 'multicast'],
  ['ff02::1', 'multicast'],
  ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'multicast'],
  ['2001:db8::', 'documentation'],
  ['2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', 'documentation'],
  ['100::', 'discard_only'],
  ['100::ffff:ffff:ffff:ffff', 'discard_only'],
  ['64:ff9b:1::a00:1', 'local_nat64'],
];

const ALLOWED_IPV6 = [
  '2606:4700:4700::1111',
  '2001:4860:4860::8888',
  'fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
  'fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
  '2001:db7:ffff:ffff:ffff:ffff:ffff:ffff',
  '2001:db9::',
  '100:0:0:1::',
];

// [address, embedded IPv4, reason]: IPv6 forms that carry an IPv4 address are judged by it.
const EMBEDDED_REFUSED: Array<[string, string, RefusalReason]> = [
  ['::ffff:127.0.0.1', '127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', '127.0.0.1', 'loopback'],
  ['0:0:0:0:0:ffff:7f00:0001', '127.0.0.1', 'loopback'],
  ['::ffff:a9fe:a9fe', '169.254.169.254', 'cloud_metadata'],
  ['::ffff:10.0.0.1', '10.0.0.1', 'private'],
  ['::ffff:0:7f00:1', '127.0.0.1', 'loopback'], // IPv4-translated (RFC 2765)
  ['::127.0.0.1', '127.0.0.1', 'loopback'], // IPv4-compatible
  ['::a9fe:a9fe', '169.254.169.254', 'cloud_metadata'],
  ['::2', '0.0.0.2', 'this_network'],
  ['64:ff9b::7f00:1', '127.0.0.1', 'loopback'], // NAT64
  ['64:ff9b::192.168.1.1', '192.168.1.1', 'private'],
  ['2002:7f00:1::', '127.0.0.1', 'loopback'], // 6to4
  ['2002:a9fe:a9fe:1234::1', '169.254.169.254', 'cloud_metadata'],
  ['2002:ac10:1::', '172.16.0.1', 'private'],
  ['2001:0:a00:1::', '10.0.0.1', 'private'], // Teredo relay server
  ['2001:0:808:808:8000:63bf:80ff:fffe', '127.0.0.1', 'loopback'], // Teredo client, bits flipped
];

const EMBEDDED_ALLOWED = ['::ffff:8.8.8.8', '::ffff:808:808', '64:ff9b::808:808', '2002:808:808::1', '2001:0:808:404::f7f7:f7f7'];

describe('decideAddress', () => {
  it.each(REFUSED_IPV4)('refuses %s as %s', (address, reason) => {
    expect(decideAddress(address)).toMatchObject({ allowed: false, reason });
  });

  it.each(ALLOWED_IPV4)('allows %s', (address) => {
    expect(decideAddress(address)).toEqual({ allowed: true });
  });

  it.each(REFUSED_IPV6)('refuses %s as %s', (address, reason) => {
    expect(decideAddress(address)).toMatchObject({ allowed: false, reason });
  });

  it.each(ALLOWED_IPV6)('allows %s', (address) => {
    expect(decideAddress(address)).toEqual({ allowed: true });
  });

  it.each(EMBEDDED_REFUSED)('refuses %s by the IPv4 address it carries (%s)', (address, embeddedIpv4, reason) => {
    expect(decideAddress(address)).toMatchObject({ allowed: false, reason, embeddedIpv4 });
  });

  it.each(EMBEDDED_ALLOWED)('allows %s, which carries a public IPv4 address', (address) => {
    expect(decideAddress(address)).toEqual({ allowed: true });
  });

  it('names the range an address fell into', () => {
    expect(decideAddress('172.20.1.1')).toEqual({ allowed: false, reason: 'private', range: '172.16.0.0/12' });
    expect(decideAddress('::ffff:169.254.169.254')).toEqual({
      allowed: false,
      reason: 'cloud_metadata',
      range: '169.254.169.254/32',
      embeddedIpv4: '169.254.169.254',
    });
  });

  it.each(['2130706433', '0x7f.1', '127.1', '0177.0.0.1', '0x7f000001', '017700000001'])(
    'reads the shorthand IPv4 spelling %s as 127.0.0.1, as URL parsers do',
    (spelling) => {
      expect(decideAddress(spelling)).toMatchObject({ allowed: false, reason: 'loopback' });
    },
  );

  it.each(['', 'example.com', 'localhost', '1.2.3.4.5', '127.0.0.1@8.8.8.8', '8.8.8.8/32', '::ffff:999.0.0.1', 'gggg::1'])(
    'refuses %j, which is not an address',
    (text) => {
      expect(decideAddress(text)).toEqual({ allowed: false, reason: 'invalid_address' });
    },
  );
});

describe('decideAddress with an operator policy', () => {
  it('opens exactly the allowed ranges, in every IPv6 form that carries them', () => {
    const policy = createPolicy({ allowedCidrs: ['127.0.0.1/32', '10.0.0.0/8'] });
    expect(decideAddress('127.0.0.1', policy)).toEqual({ allowed: true });
    expect(decideAddress('::ffff:127.0.0.1', policy)).toEqual({ allowed: true });
    expect(decideAddress('64:ff9b::a01:203', policy)).toEqual({ allowed: true });
    expect(decideAddress('10.200.0.1', policy)).toEqual({ allowed: true });
    expect(decideAddress('127.0.0.2', policy)).toMatchObject({ allowed: false, reason: 'loopback' });
    expect(decideAddress('::1', policy)).toMatchObject({ allowed: false, reason: 'loopback' });
    expect(decideAddress('169.254.169.254', policy)).toMatchObject({ allowed: false, reason: 'cloud_metadata' });
  });

  it('opens IPv6 ranges', () => {
    const policy = createPolicy({ allowedCidrs: ['fd12:3456::/32'] });
    expect(decideAddress('fd12:3456::1', policy)).toEqual({ allowed: true });
    expect(decideAddress('fd12:3457::1', policy)).toMatchObject({ allowed: false, reason: 'unique_local' });
  });

  it('refuses denied ranges even where another rule allows them', () => {
    const policy = createPolicy({ allowedCidrs: ['10.0.0.0/8'], deniedCidrs: ['10.0.0.0/24', '8.8.8.0/24'] });
    expect(decideAddress('10.0.0.5', policy)).toEqual({ allowed: false, reason: 'denied_by_operator', range: '10.0.0.0/24' });
    expect(decideAddress('10.0.1.5', policy)).toEqual({ allowed: true });
    expect(decideAddress('8.8.8.8', policy)).toMatchObject({ allowed: false, reason: 'denied_by_operator' });
    expect(decideAddress('::ffff:8.8.8.8', policy)).toMatchObject({ allowed: false, reason: 'denied_by_operator' });
    expect(decideAddress('8.8.4.4', policy)).toEqual({ allowed: true });
  });
});

describe('decideTrustedAddress', () => {
  it('applies only the denied ranges, for host names the operator trusts', () => {
    const policy = createPolicy({ deniedCidrs: ['169.254.0.0/16'] });
    expect(decideTrustedAddress('10.0.0.1', policy)).toEqual({ allowed: true });
    expect(decideTrustedAddress('127.0.0.1', policy)).toEqual({ allowed: true });
    expect(decideTrustedAddress('169.254.169.254', policy)).toMatchObject({ allowed: false, reason: 'denied_by_operator' });
    expect(decideTrustedAddress('not-an-address', policy)).toMatchObject({ allowed: false, reason: 'invalid_address' });
  });
});
