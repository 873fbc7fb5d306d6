import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webscraperProvider } from './webscraper';

const context = { caller: { workspaceId: 'ws', type: 'app' as const }, now: () => new Date() };
const PAGE = `<!doctype html><html><head><title>Tessera &amp; friends</title><style>p{color:red}</style>
<script>alert('x')</script></head><body><nav>Home | About</nav><h1>Welcome</h1>
<p>Tessera runs <a href="/apps">LLM apps</a>.</p><ul><li>chat</li><li>agents</li></ul><img src="x.png"></body></html>`;

let server: Server;
let base: string;
const userAgents: (string | undefined)[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    userAgents.push(req.headers['user-agent']);
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('a'.repeat(50_000));
    } else {
      res.writeHead(404).end('missing');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('webscraper.webscraper', () => {
  it('fetches through the injected fetch and turns the page into readable text', async () => {
    const fetched: string[] = [];
    const guarded: typeof fetch = (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    };
    const tool = webscraperProvider({ fetch: guarded }).tools[0]!;
    const text = await tool.invoke({ url: `${base}/page`, user_agent: 'TesseraTest/1.0' }, context);
    expect(fetched).toEqual([`${base}/page`]);
    expect(userAgents.at(-1)).toBe('TesseraTest/1.0');
    expect(text).toContain('TITLE: Tessera & friends');
    expect(text).toContain('Welcome');
    expect(text).toContain('Tessera runs LLM apps.');
    expect(text).toContain('* chat');
    expect(text).not.toMatch(/alert|color:red|Home \| About|x\.png/);
  });

  it('reads no more than the size cap', async () => {
    const tool = webscraperProvider({ fetch, maxBytes: 1000 }).tools[0]!;
    const text = await tool.invoke({ url: `${base}/huge` }, context);
    expect(text).toContain(`TEXT: ${'a'.repeat(1000)}\n`);
    expect(text).not.toContain('a'.repeat(1001));
    expect(text).toContain('(Only the first 1000 bytes of the page were read.)');
  });

  it('reports HTTP failures and bad URLs as text for the model', async () => {
    const tool = webscraperProvider({ fetch }).tools[0]!;
    expect(await tool.invoke({ url: `${base}/gone` }, context)).toBe(`Failed to fetch ${base}/gone: HTTP 404`);
    expect(await tool.invoke({ url: 'file:///etc/passwd' }, context)).toBe('Please input a valid url, starting with http:// or https://');
  });

  it('lets a refusing fetch (the SSRF guard) surface as an error', async () => {
    const refusing: typeof fetch = async () => {
      throw new Error('Access to private network addresses is not allowed');
    };
    const tool = webscraperProvider({ fetch: refusing }).tools[0]!;
    await expect(tool.invoke({ url: 'http://10.0.0.1/' }, context)).rejects.toThrow('private network');
  });
});
