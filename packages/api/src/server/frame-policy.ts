/**
 * Which sites may show Tessera's pages in a frame. The console is never framed (clickjacking);
 * the embeddable web app (`/chatbot/{code}`, what Dify's embed script and iframe snippet open) is
 * framed by the sites that embed it, which by default may be any site, as in Dify.
 */
export interface FramePolicy {
  /** CSP `frame-ancestors` sources for embeddable web-app pages. */
  embedAncestors: readonly string[];
}

const EMBEDDABLE_PREFIXES = ['/chatbot/'];

/**
 * WEB_APP_FRAME_ANCESTORS: origins (comma or space separated) that may frame `/chatbot/{code}`,
 * e.g. `https://www.example.com https://docs.example.com`; `*` (the default) allows any site,
 * `'none'` or `none` forbids framing altogether.
 */
export function framePolicyFromEnv(env: Readonly<Record<string, string | undefined>>): FramePolicy {
  const sources = (env.WEB_APP_FRAME_ANCESTORS ?? '')
    .split(/[\s,]+/)
    .map((source) => source.trim().replace(/\/+$/, ''))
    .filter(Boolean)
    .map((source) => (source === 'none' ? "'none'" : source));
  if (sources.includes("'none'")) return { embedAncestors: ["'none'"] };
  return { embedAncestors: sources.length > 0 ? sources : ['*'] };
}

/** The `frame-ancestors` sources for a page: the embed list for embeddable pages, `'none'` for the rest. */
export function frameAncestorsFor(pathname: string, policy: FramePolicy): readonly string[] {
  return EMBEDDABLE_PREFIXES.some((prefix) => pathname.startsWith(prefix)) ? policy.embedAncestors : ["'none'"];
}
