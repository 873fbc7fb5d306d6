import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { parseRange, type AddressRange } from './address-ranges';
import { normaliseHostName } from './host-names';

/** A host an operator trusts: its DNS answers are not checked, so only names whose DNS the operator controls belong here. */
export interface HostRule {
  /** Normalised host name or IP address; `*.example.com` matches every name below example.com. */
  host: string;
  /** Only this port, when set. */
  port?: number;
}

export interface NetPolicy {
  allowedHosts: readonly HostRule[];
  /** Ranges opened even though they are private, loopback, link-local, … */
  allowedCidrs: readonly AddressRange[];
  /** Ranges refused whatever else allows them, including for allowed hosts. */
  deniedCidrs: readonly AddressRange[];
  maxRedirects: number;
  maxResponseBytes: number;
  timeoutMs: number;
}

export interface NetPolicyInput {
  allowedHosts?: readonly string[];
  allowedCidrs?: readonly string[];
  deniedCidrs?: readonly string[];
  maxRedirects?: number;
  maxResponseBytes?: number;
  timeoutMs?: number;
}

export const POLICY_DEFAULTS = { maxRedirects: 5, maxResponseBytes: 10 * 1024 * 1024, timeoutMs: 30_000 } as const;

/** `10.0.0.0/8`, `fd00::/8`, or a single address (`127.0.0.1` means `/32`). */
export function parseCidr(text: string): AddressRange {
  const value = text.trim();
  const [address = '', prefix] = value.split('/');
  // Only the dotted-decimal form: `10/8` or `012.0.0.0/8` would be read differently by different parsers.
  const valid = ipaddr.IPv4.isValidFourPartDecimal(address) || ipaddr.IPv6.isValid(address);
  if (!valid || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) throw new Error(`"${text}" is not a CIDR range`);
  const bits = prefix ?? (ipaddr.IPv6.isValid(address) ? '128' : '32');
  try {
    return parseRange(`${address}/${bits}`);
  } catch {
    throw new Error(`"${text}" is not a CIDR range`);
  }
}

/** `host`, `host:port`, `*.example.com`, `10.1.2.3:8080` or `[fd00::1]:8080`, normalised as URLs normalise hosts. */
export function parseHostRule(text: string): HostRule {
  const value = text.trim();
  const match = /^(\[[0-9a-f:.]+\]|[^:/@?#[\]]+)(?::(\d{1,5}))?$/i.exec(value);
  if (!match?.[1]) throw new Error(`"${text}" is not a host or host:port`);
  const wildcard = match[1].startsWith('*.');
  const name = wildcard ? match[1].slice(2) : match[1];
  let host: string;
  try {
    host = normaliseHostName(new URL(`http://${name}/`).hostname);
  } catch {
    throw new Error(`"${text}" is not a host or host:port`);
  }
  if (!host || (wildcard && isIP(host))) throw new Error(`"${text}" is not a host or host:port`);
  const rule: HostRule = { host: wildcard ? `*.${host}` : host };
  if (match[2] !== undefined) {
    const port = Number(match[2]);
    if (port < 1 || port > 65535) throw new Error(`"${text}" has no valid port`);
    rule.port = port;
  }
  return rule;
}

export function createPolicy(input: NetPolicyInput = {}): NetPolicy {
  return {
    allowedHosts: (input.allowedHosts ?? []).map(parseHostRule),
    allowedCidrs: (input.allowedCidrs ?? []).map(parseCidr),
    deniedCidrs: (input.deniedCidrs ?? []).map(parseCidr),
    maxRedirects: input.maxRedirects ?? POLICY_DEFAULTS.maxRedirects,
    maxResponseBytes: input.maxResponseBytes ?? POLICY_DEFAULTS.maxResponseBytes,
    timeoutMs: input.timeoutMs ?? POLICY_DEFAULTS.timeoutMs,
  };
}

/** Nothing private is open: what every untrusted fetch gets unless an operator says otherwise. */
export const DEFAULT_POLICY: NetPolicy = createPolicy();

export function isAllowedHost(policy: NetPolicy, host: string, port: number): boolean {
  return policy.allowedHosts.some((rule) => {
    if (rule.port !== undefined && rule.port !== port) return false;
    if (rule.host.startsWith('*.')) return host.endsWith(rule.host.slice(1));
    return rule.host === host;
  });
}
