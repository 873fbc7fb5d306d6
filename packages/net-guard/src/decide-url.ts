import { isIP } from 'node:net';
import { decideAddress, decideTrustedAddress } from './decide-address';
import { isLocalHostName, isMetadataHostName, normaliseHostName } from './host-names';
import { DEFAULT_POLICY, isAllowedHost, type NetPolicy } from './policy';
import { refuse, type Refusal } from './refusal';

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

/** Where a URL that passed the checks that need no DNS leads. */
export interface UrlTarget {
  allowed: true;
  url: URL;
  /** The host as it is connected to: lower case, no brackets, no trailing dot. */
  host: string;
  port: number;
  /** Set when the host is an IP address, which then needs no lookup. */
  address?: string;
  /** The operator lists this host in SSRF_ALLOWED_HOSTS: only denied ranges apply to its addresses. */
  trustedHost: boolean;
}

export type UrlDecision = UrlTarget | Refusal;

function parseUrl(input: string | URL): URL | undefined {
  try {
    return new URL(input);
  } catch {
    return undefined;
  }
}

/**
 * Everything about a URL that can be decided without DNS: scheme, credentials, literal addresses
 * (in every spelling WHATWG URL normalises, such as `http://2130706433/`) and names of local or
 * metadata hosts. Names that pass still need their DNS answers checked before connecting.
 */
export function decideUrl(input: string | URL, policy: NetPolicy = DEFAULT_POLICY): UrlDecision {
  const url = parseUrl(input);
  if (!url) return refuse('invalid_url');
  const defaultPort = DEFAULT_PORTS[url.protocol];
  if (defaultPort === undefined) return refuse('unsupported_scheme');
  if (url.username || url.password) return refuse('credentials_in_url');
  const host = normaliseHostName(url.hostname);
  const port = url.port ? Number(url.port) : defaultPort;
  const trustedHost = isAllowedHost(policy, host, port);
  if (isIP(host)) {
    const decision = trustedHost ? decideTrustedAddress(host, policy) : decideAddress(host, policy);
    return decision.allowed ? { allowed: true, url, host, port, address: host, trustedHost } : decision;
  }
  if (!trustedHost && isLocalHostName(host)) return refuse('local_host_name');
  if (!trustedHost && isMetadataHostName(host)) return refuse('metadata_host_name');
  return { allowed: true, url, host, port, trustedHost };
}
