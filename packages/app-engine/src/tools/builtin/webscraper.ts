import type { Tool, ToolProvider } from '../types';
import { pageText } from './page-text';
import { readCapped } from './read-capped';

export interface WebscraperOptions {
  /** The fetch to use; the API hands in its SSRF-guarded one. */
  fetch: typeof fetch;
  /** Bytes of a page read at most; the rest is not downloaded. Default 2 MiB. */
  maxBytes?: number;
  /** Characters of text handed to the model at most. Default 100 000. */
  maxChars?: number;
}

const DEFAULT_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="#059669" stroke-width="2"><circle cx="12" cy="12" r="10"/><path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20"/></svg>';

function scraperTool(options: WebscraperOptions): Tool {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const maxChars = options.maxChars ?? 100_000;
  return {
    name: 'webscraper',
    author: 'Dify',
    label: { en_US: 'Web Scraper', zh_Hans: '网页爬虫' },
    description: {
      human: { en_US: 'A tool for scraping webpages.', zh_Hans: '一个用于爬取网页的工具。' },
      llm: 'A tool for scraping webpages. Input should be a URL.',
    },
    parameters: [
      {
        name: 'url',
        type: 'string',
        required: true,
        form: 'llm',
        label: { en_US: 'URL', zh_Hans: '网页链接' },
        human_description: { en_US: 'used for linking to webpages', zh_Hans: '用于链接到网页' },
        llm_description: 'url for scraping',
      },
      {
        name: 'user_agent',
        type: 'string',
        required: false,
        form: 'form',
        default: DEFAULT_USER_AGENT,
        label: { en_US: 'User Agent', zh_Hans: 'User Agent' },
        human_description: { en_US: 'used for identifying the browser.', zh_Hans: '用于识别浏览器。' },
      },
    ],
    async invoke(args, context) {
      const url = typeof args.url === 'string' ? args.url.trim() : '';
      if (!/^https?:\/\//i.test(url)) return 'Please input a valid url, starting with http:// or https://';
      const userAgent = typeof args.user_agent === 'string' && args.user_agent ? args.user_agent : DEFAULT_USER_AGENT;
      const response = await options.fetch(url, {
        headers: { 'User-Agent': userAgent, Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
        signal: context.signal,
        redirect: 'follow',
      });
      if (!response.ok) {
        await response.body?.cancel();
        return `Failed to fetch ${url}: HTTP ${response.status}`;
      }
      const { bytes, truncated } = await readCapped(response, maxBytes);
      const body = new TextDecoder().decode(bytes);
      const type = response.headers.get('content-type') ?? '';
      const page = /html|xml/i.test(type) || /^\s*</.test(body) ? await pageText(body) : { title: '', text: body.trim() };
      const text = page.text.length > maxChars ? `${page.text.slice(0, maxChars)}\n…` : page.text;
      const note = truncated ? `\n\n(Only the first ${maxBytes} bytes of the page were read.)` : '';
      return `TITLE: ${page.title}\nURL: ${url}\nTEXT: ${text}${note}`;
    },
  };
}

export function webscraperProvider(options: WebscraperOptions): ToolProvider {
  return {
    name: 'webscraper',
    type: 'builtin',
    author: 'Dify',
    label: { en_US: 'WebScraper', zh_Hans: '网页抓取' },
    description: { en_US: 'Web Scrapper tool kit is used to scrape web', zh_Hans: '一个用于抓取网页的工具。' },
    icon: ICON,
    labels: ['productivity'],
    tools: [scraperTool(options)],
  };
}
