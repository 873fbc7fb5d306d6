import ipaddr from 'ipaddr.js';
import { type RefusalReason } from './refusal';

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;

export interface AddressRange {
  cidr: string;
  range: [IpAddress, number];
}

export interface RefusedRange extends AddressRange {
  reason: RefusalReason;
}

function refused(cidr: string, reason: RefusalReason): RefusedRange {
  return { cidr, reason, range: ipaddr.parseCIDR(cidr) };
}

/**
 * Addresses an untrusted URL may never reach unless an operator opens them. Order matters: the
 * first match names the reason, so single metadata addresses come before the ranges holding them.
 */
export const REFUSED_IPV4_RANGES: readonly RefusedRange[] = [
  refused('169.254.169.254/32', 'cloud_metadata'), // AWS, GCP, Azure, OpenStack, DigitalOcean, Oracle
  refused('169.254.170.2/32', 'cloud_metadata'), // AWS ECS task credentials
  refused('100.100.100.200/32', 'cloud_metadata'), // Alibaba Cloud
  refused('192.0.0.192/32', 'cloud_metadata'), // Oracle Cloud (legacy)
  refused('255.255.255.255/32', 'broadcast'),
  refused('0.0.0.0/8', 'this_network'),
  refused('10.0.0.0/8', 'private'),
  refused('100.64.0.0/10', 'shared_address_space'),
  refused('127.0.0.0/8', 'loopback'),
  refused('169.254.0.0/16', 'link_local'),
  refused('172.16.0.0/12', 'private'),
  refused('192.0.0.0/24', 'ietf_protocol_assignment'),
  refused('192.0.2.0/24', 'documentation'),
  refused('192.168.0.0/16', 'private'),
  refused('198.18.0.0/15', 'benchmarking'),
  refused('198.51.100.0/24', 'documentation'),
  refused('203.0.113.0/24', 'documentation'),
  refused('224.0.0.0/4', 'multicast'),
  refused('240.0.0.0/4', 'reserved'),
];

/**
 * IPv6 ranges refused outright. The ranges that carry an IPv4 address (mapped, compatible,
 * NAT64, 6to4, Teredo) are not here: they are judged by the address they carry.
 */
export const REFUSED_IPV6_RANGES: readonly RefusedRange[] = [
  refused('::/128', 'unspecified'),
  refused('::1/128', 'loopback'),
  refused('fd00:ec2::254/128', 'cloud_metadata'), // AWS over IPv6
  refused('fc00::/7', 'unique_local'),
  refused('fe80::/10', 'link_local'),
  refused('fec0::/10', 'site_local'),
  refused('ff00::/8', 'multicast'),
  refused('2001:db8::/32', 'documentation'),
  refused('100::/64', 'discard_only'),
  // RFC 8215's local-use NAT64 prefix: where the IPv4 sits depends on the site, so it cannot be judged by it.
  refused('64:ff9b:1::/48', 'local_nat64'),
];

export function parseRange(cidr: string): AddressRange {
  return { cidr, range: ipaddr.parseCIDR(cidr) };
}

export function inRange(address: IpAddress, { range }: AddressRange): boolean {
  return address.kind() === range[0].kind() && address.match(range);
}

export function findRange<T extends AddressRange>(address: IpAddress, ranges: readonly T[]): T | undefined {
  return ranges.find((range) => inRange(address, range));
}
