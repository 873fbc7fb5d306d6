import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface SitePage {
  body: string;
  type?: string;
  status?: number;
  /** Answer with a redirect to this location instead. */
  location?: string;
}

export interface TestSite {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** The path of every request that reached the site, in order. */
  received: string[];
  close(): Promise<void>;
}

/**
 * A small website on 127.0.0.1 for crawl tests: pages by path (a function of the site's own URL,
 * so pages can link to themselves absolutely), unknown paths 404, every request recorded.
 */
export async function startTestSite(pages: (url: string) => Record<string, SitePage>): Promise<TestSite> {
  const received: string[] = [];
  let table: Record<string, SitePage> = {};
  const server = createServer((req, res) => {
    received.push(req.url ?? '');
    const page = table[req.url ?? ''];
    if (!page) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    if (page.location) return void res.writeHead(302, { location: page.location }).end();
    res.writeHead(page.status ?? 200, { 'content-type': page.type ?? 'text/html; charset=utf-8' }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  table = pages(url);
  return {
    url,
    port,
    received,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** An HTML page with a title, a paragraph and links. */
export function htmlPage(title: string, text: string, links: string[] = []): SitePage {
  const anchors = links.map((href) => `<li><a href="${href}">${href}</a></li>`).join('');
  return {
    body: `<!doctype html><html><head><title>${title}</title><meta name="description" content="About ${title}"></head><body><nav>Site navigation</nav><main><article><h1>${title}</h1><p>${text}</p><ul>${anchors}</ul></article></main></body></html>`,
  };
}
