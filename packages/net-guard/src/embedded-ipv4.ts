import ipaddr from 'ipaddr.js';
import { inRange, parseRange, type IpAddress } from './address-ranges';

const IPV4_MAPPED = parseRange('::ffff:0:0/96');
const IPV4_TRANSLATED = parseRange('::ffff:0:0:0/96'); // RFC 2765
const IPV4_COMPATIBLE = parseRange('::/96');
const NAT64 = parseRange('64:ff9b::/96');
const SIX_TO_FOUR = parseRange('2002::/16');
const TEREDO = parseRange('2001::/32');

function ipv4From(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/**
 * The IPv4 addresses an IPv6 address leads to. A host that routes these forms delivers the packet
 * to that IPv4 address, so a refused IPv4 address must stay refused in any of them.
 */
export function embeddedIpv4(address: IpAddress): ipaddr.IPv4[] {
  if (address.kind() !== 'ipv6') return [];
  const v6 = address as ipaddr.IPv6;
  const [, p1 = 0, p2 = 0, p3 = 0, , , p6 = 0, p7 = 0] = v6.parts;
  if (inRange(v6, IPV4_MAPPED) || inRange(v6, IPV4_TRANSLATED) || inRange(v6, IPV4_COMPATIBLE) || inRange(v6, NAT64)) {
    return [ipv4From(p6, p7)];
  }
  if (inRange(v6, SIX_TO_FOUR)) return [ipv4From(p1, p2)];
  // Teredo carries the relay server's address in clear and the client's with every bit flipped.
  if (inRange(v6, TEREDO)) return [ipv4From(p2, p3), ipv4From(~p6 & 0xffff, ~p7 & 0xffff)];
  return [];
}
