import { BlockList, isIP } from 'node:net';

/**
 * Which peers may speak for the client through `X-Forwarded-*` headers. A client that reaches the
 * server directly can write those headers itself, so by default nobody is trusted and the socket's
 * peer address is the client. Behind proxies the operator says either how many hops sit in front
 * (`TRUSTED_PROXIES=1`) or which addresses they use (`TRUSTED_PROXIES=10.0.0.0/8,127.0.0.1`).
 */
export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; count: number } | { kind: 'cidrs'; list: BlockList; text: string };

export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? '').trim();
  if (!text || text === '0' || text.toLowerCase() === 'false') return { kind: 'none' };
  if (/^\d+$/.test(text)) return { kind: 'hops', count: Number(text) };
  const list = new BlockList();
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const family = isIP(address);
    if (family === 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is neither an address nor a CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return { kind: 'cidrs', list, text };
}

/** `::ffff:10.0.0.1` (how dual-stack sockets report IPv4 peers) becomes `10.0.0.1`. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  if (trusted.kind !== 'cidrs') return false;
  const family = isIP(address);
  if (family === 0) return false;
  return trusted.list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** Whether the directly connected peer is a proxy whose forwarded headers count. */
export function peerIsTrusted(peer: string, trusted: TrustedProxies): boolean {
  if (trusted.kind === 'hops') return trusted.count > 0;
  return isTrusted(normaliseAddress(peer), trusted);
}

function forwardedChain(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((entry) => normaliseAddress(entry))
    .filter((entry) => isIP(entry) !== 0);
}

/**
 * The client's address: the socket peer, unless trusted proxies forwarded the request. With a hop
 * count the address that many entries left of the peer is taken; with CIDRs the chain is walked from
 * the right past every trusted proxy. Entries a client wrote itself sit left of those and are never
 * reached, so a forged header buys nothing.
 */
export function resolveClientAddress(peer: string, forwardedFor: string | null, trusted: TrustedProxies): string {
  const direct = normaliseAddress(peer);
  if (trusted.kind === 'none') return direct;
  const chain = [...forwardedChain(forwardedFor), direct];
  if (trusted.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trusted.count)]!;
  let index = chain.length - 1;
  while (index > 0 && isTrusted(chain[index]!, trusted)) index -= 1;
  return chain[index]!;
}
