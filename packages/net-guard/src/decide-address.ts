import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { findRange, REFUSED_IPV4_RANGES, REFUSED_IPV6_RANGES, type IpAddress } from './address-ranges';
import { embeddedIpv4 } from './embedded-ipv4';
import { DEFAULT_POLICY, type NetPolicy } from './policy';
import { refuse, type AddressDecision } from './refusal';

/**
 * Reads an address in the form DNS answers or URLs give it. Shorthand IPv4 (`127.1`, `0x7f.1`,
 * `2130706433`) is read the way WHATWG URL reads it, so this judges the address a URL would reach;
 * anything else that is not an address is refused rather than guessed at.
 */
export function parseAddress(text: string): IpAddress | undefined {
  let value = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (!isIP(value) && /^[0-9a-fx.]+$/i.test(value)) {
    try {
      value = new URL(`http://${value}/`).hostname;
    } catch {
      return undefined;
    }
  }
  return isIP(value) ? ipaddr.parse(value) : undefined;
}

function deniedByOperator(address: IpAddress, policy: NetPolicy): AddressDecision {
  const denied = findRange(address, policy.deniedCidrs) ?? embeddedIpv4(address).map((v4) => findRange(v4, policy.deniedCidrs)).find(Boolean);
  return denied ? refuse('denied_by_operator', { range: denied.cidr }) : { allowed: true };
}

function judge(address: IpAddress, policy: NetPolicy): AddressDecision {
  const denied = deniedByOperator(address, policy);
  if (!denied.allowed) return denied;
  if (findRange(address, policy.allowedCidrs)) return { allowed: true };
  const builtIn = findRange(address, address.kind() === 'ipv4' ? REFUSED_IPV4_RANGES : REFUSED_IPV6_RANGES);
  if (builtIn) return refuse(builtIn.reason, { range: builtIn.cidr });
  for (const v4 of embeddedIpv4(address)) {
    const decision = judge(v4, policy);
    if (!decision.allowed) return { ...decision, embeddedIpv4: v4.toString() };
  }
  return { allowed: true };
}

/** Whether an untrusted fetch may connect to `ip`, decided from the address alone. */
export function decideAddress(ip: string, policy: NetPolicy = DEFAULT_POLICY): AddressDecision {
  const address = parseAddress(ip);
  return address ? judge(address, policy) : refuse('invalid_address');
}

/**
 * For hosts the operator trusts by name: only the operator's denied ranges apply, since the point
 * of trusting a name is reaching the private address it resolves to.
 */
export function decideTrustedAddress(ip: string, policy: NetPolicy = DEFAULT_POLICY): AddressDecision {
  const address = parseAddress(ip);
  return address ? deniedByOperator(address, policy) : refuse('invalid_address');
}
