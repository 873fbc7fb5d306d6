import { type ConnectTarget } from '../guarded-fetch';
import { type Lookup, type ResolvedAddress } from '../resolve';

/**
 * Records where the guard was about to connect, and stops any connection that would leave this
 * machine: tests may only reach loopback, so even a broken guard sends nothing elsewhere.
 */
export function connectRecorder() {
  const targets: ConnectTarget[] = [];
  return {
    targets,
    onConnect(target: ConnectTarget) {
      targets.push(target);
      const outside = target.addresses.find(({ address }) => !isLoopback(address));
      if (outside) throw new Error(`test stopped a connection to ${outside.address}`);
    },
  };
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.');
}

/** A resolver that answers from a table and records every question it was asked. */
export function tableLookup(answers: Record<string, readonly ResolvedAddress[]>) {
  const asked: string[] = [];
  const lookup: Lookup = async (hostname) => {
    asked.push(hostname);
    const found = answers[hostname];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return found;
  };
  return { lookup, asked };
}

export function v4(address: string): ResolvedAddress {
  return { address, family: 4 };
}

export function v6(address: string): ResolvedAddress {
  return { address, family: 6 };
}
