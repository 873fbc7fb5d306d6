import { parseCidr, parseHostRule, POLICY_DEFAULTS, type NetPolicy } from './policy';

function list<T>(env: NodeJS.ProcessEnv, name: string, parse: (item: string) => T): T[] {
  const items = (env[name] ?? '').split(/[\s,]+/).filter(Boolean);
  return items.map((item) => {
    try {
      return parse(item);
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`);
    }
  });
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return Number(raw);
}

/**
 * The operator's policy for untrusted fetches: SSRF_ALLOWED_HOSTS, SSRF_ALLOWED_CIDRS,
 * SSRF_DENIED_CIDRS (comma- or space-separated lists), SSRF_MAX_REDIRECTS, SSRF_MAX_RESPONSE_BYTES
 * and SSRF_TIMEOUT_MS. A malformed value stops start-up instead of silently opening or closing a range.
 */
export function policyFromEnv(env: NodeJS.ProcessEnv): NetPolicy {
  return {
    allowedHosts: list(env, 'SSRF_ALLOWED_HOSTS', parseHostRule),
    allowedCidrs: list(env, 'SSRF_ALLOWED_CIDRS', parseCidr),
    deniedCidrs: list(env, 'SSRF_DENIED_CIDRS', parseCidr),
    maxRedirects: count(env, 'SSRF_MAX_REDIRECTS', POLICY_DEFAULTS.maxRedirects, 0),
    maxResponseBytes: count(env, 'SSRF_MAX_RESPONSE_BYTES', POLICY_DEFAULTS.maxResponseBytes, 1),
    timeoutMs: count(env, 'SSRF_TIMEOUT_MS', POLICY_DEFAULTS.timeoutMs, 1),
  };
}
