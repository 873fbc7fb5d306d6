// The HTML libraries load on the first crawled page, not with the server (as the extractors do).
const libraries = () =>
  Promise.all([import('@mozilla/readability'), import('linkedom'), import('turndown')]).then(([readability, linkedom, turndown]) => ({
    Readability: readability.Readability,
    parseHTML: linkedom.parseHTML,
    TurndownService: turndown.default,
  }));
type Libraries = Awaited<ReturnType<typeof libraries>>;
let loaded: Promise<Libraries> | undefined;

export interface PageContent {
  title: string;
  description: string;
  markdown: string;
  /** Absolute http(s) URLs of the page's links, without fragments, in document order. */
  links: string[];
}

const NOISE = 'script, style, noscript, template, iframe, svg, canvas, form, button';

function markdownOf({ TurndownService }: Libraries, html: string): string {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  turndown.remove(['script', 'style', 'noscript', 'template', 'iframe']);
  return turndown
    .turndown(html)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Links and images point where the page meant, whatever document the markdown ends up in. */
function absolutise(document: Document, base: string): void {
  for (const [selector, attribute] of [
    ['a[href]', 'href'],
    ['img[src]', 'src'],
  ] as const) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      try {
        element.setAttribute(attribute, new URL(element.getAttribute(attribute) ?? '', base).href);
      } catch {
        element.removeAttribute(attribute);
      }
    }
  }
}

function absoluteLinks(document: Document, base: string): string[] {
  const links: string[] = [];
  for (const anchor of Array.from(document.querySelectorAll('a[href]'))) {
    const href = anchor.getAttribute('href') ?? '';
    try {
      const url = new URL(href, base);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      url.hash = '';
      links.push(url.href);
    } catch {
      // An unparsable href is not a link to follow.
    }
  }
  return links;
}

/**
 * A fetched HTML page as a knowledge document: its title, description and markdown (the main
 * content only, as Readability finds it, or the whole body), and the links to crawl next.
 */
export async function pageContent(html: string, pageUrl: string, onlyMainContent: boolean): Promise<PageContent> {
  const libs = await (loaded ??= libraries());
  const { parseHTML, Readability } = libs;
  const { document } = parseHTML(html);
  absolutise(document as unknown as Document, pageUrl);
  const links = absoluteLinks(document as unknown as Document, pageUrl);
  const title = (document.querySelector('title')?.textContent ?? '').trim();
  const metaDescription =
    document.querySelector('meta[name="description"]')?.getAttribute('content') ?? document.querySelector('meta[property="og:description"]')?.getAttribute('content') ?? '';
  let body: string | null = null;
  let excerpt = '';
  let readableTitle = '';
  if (onlyMainContent) {
    const copy = parseHTML(html).document as unknown as Document;
    absolutise(copy, pageUrl);
    const article = new Readability(copy, { charThreshold: 0 }).parse();
    body = article?.content ?? null;
    excerpt = article?.excerpt ?? '';
    readableTitle = article?.title ?? '';
  }
  if (body === null) {
    for (const node of Array.from(document.querySelectorAll(NOISE))) node.remove();
    body = document.body?.innerHTML ?? '';
  }
  return {
    title: (title || readableTitle).slice(0, 500),
    description: (metaDescription || excerpt).trim().slice(0, 1000),
    markdown: markdownOf(libs, body),
    links,
  };
}
