/** Why an address, a host name or a URL was refused. */
export type RefusalReason =
  | 'invalid_url'
  | 'unsupported_scheme'
  | 'credentials_in_url'
  | 'local_host_name'
  | 'metadata_host_name'
  | 'invalid_address'
  | 'denied_by_operator'
  | 'this_network'
  | 'private'
  | 'shared_address_space'
  | 'loopback'
  | 'link_local'
  | 'cloud_metadata'
  | 'ietf_protocol_assignment'
  | 'documentation'
  | 'benchmarking'
  | 'multicast'
  | 'reserved'
  | 'broadcast'
  | 'unspecified'
  | 'unique_local'
  | 'site_local'
  | 'discard_only'
  | 'local_nat64';

export interface Refusal {
  allowed: false;
  reason: RefusalReason;
  /** The refused range (CIDR), when an address fell into one. */
  range?: string;
  /** The IPv4 address an IPv6 address carried, when that is what was refused. */
  embeddedIpv4?: string;
}

export type AddressDecision = { allowed: true } | Refusal;

export function refuse(reason: RefusalReason, extra: Omit<Refusal, 'allowed' | 'reason'> = {}): Refusal {
  return { allowed: false, reason, ...extra };
}
