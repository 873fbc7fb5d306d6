/**
 * Which discovered URLs a crawl follows: same origin as the start page only, and, when patterns
 * are given, paths that match an include pattern and no exclude pattern. Patterns are paths with
 * `*` wildcards (`/blog/*`, `docs`); a pattern matches a path that starts with it, so `/docs` also
 * takes `/docs/setup`. A leading `/` is optional.
 */
export interface CrawlScope {
  origin: string;
  includes: RegExp[];
  excludes: RegExp[];
}

export function patternList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return items.map((item) => item.trim()).filter(Boolean);
}

function patternRegExp(pattern: string): RegExp {
  const path = pattern.startsWith('/') ? pattern : `/${pattern}`;
  const body = path
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}`);
}

export function crawlScope(startUrl: string, includes: string[], excludes: string[]): CrawlScope {
  return { origin: new URL(startUrl).origin, includes: includes.map(patternRegExp), excludes: excludes.map(patternRegExp) };
}

/** Whether a link found on a page is crawled. */
export function inScope(scope: CrawlScope, link: string): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  if (url.origin !== scope.origin) return false;
  const path = url.pathname;
  if (scope.excludes.some((re) => re.test(path))) return false;
  return scope.includes.length === 0 || scope.includes.some((re) => re.test(path));
}

/** The form a URL is stored and compared in: no fragment, the URL parser's normal spelling. */
export function normaliseUrl(link: string): string {
  const url = new URL(link);
  url.hash = '';
  return url.href;
}
