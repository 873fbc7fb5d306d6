import type { HtmlToTextOptions } from 'html-to-text';

const options: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    ...['img', 'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'nav', 'footer', 'head'].map((selector) => ({
      selector,
      format: 'skip',
    })),
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

type Convert = (html: string, options?: HtmlToTextOptions) => string;

/** The readable text of an HTML page and its title; blank runs collapsed so the model reads prose, not layout. */
export async function pageText(html: string): Promise<{ title: string; text: string }> {
  // Loaded on the first page read, not at start: most processes never run the web scraper.
  const { convert } = (await import('html-to-text')) as { convert: Convert };
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = titleMatch ? convert(titleMatch[1]!, { wordwrap: false }).trim() : '';
  const text = convert(html, options).replace(/\n{3,}/g, '\n\n').trim();
  return { title, text };
}
