import { lookup as dnsLookup } from 'node:dns/promises';
import { untilAborted } from './deadline';
import { decideAddress, decideTrustedAddress, parseAddress } from './decide-address';
import { type UrlTarget } from './decide-url';
import { SsrfRefusedError } from './errors';
import { type NetPolicy } from './policy';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to. Injected in tests; the system resolver otherwise. */
export type Lookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const systemLookup: Lookup = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/**
 * The addresses a target may be connected to. Every answer is checked and one refused answer
 * refuses the host: a name that resolves to both a public and a private address is not safe to
 * reach, whichever answer the connection would have picked.
 */
export async function resolveTarget(target: UrlTarget, policy: NetPolicy, lookup: Lookup, signal: AbortSignal): Promise<ResolvedAddress[]> {
  let answers: readonly ResolvedAddress[];
  if (target.address) {
    answers = [{ address: target.address, family: target.address.includes(':') ? 6 : 4 }];
  } else {
    answers = await untilAborted(lookup(target.host), signal);
    if (answers.length === 0) throw new Error(`${target.host} has no address`);
  }
  return answers.map(({ address }) => {
    const decision = target.trustedHost ? decideTrustedAddress(address, policy) : decideAddress(address, policy);
    if (!decision.allowed) throw new SsrfRefusedError(decision.reason, target.url, address, decision.range);
    const parsed = parseAddress(address)!;
    return { address: parsed.toString(), family: parsed.kind() === 'ipv6' ? 6 : 4 };
  });
}
