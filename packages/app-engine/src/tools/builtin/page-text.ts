import { convert, type HtmlToTextOptions } from 'html-to-text';

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

function decodeEntities(text: string): string {
  return convert(text, { wordwrap: false });
}

/** The readable text of an HTML page and its title; blank runs collapsed so the model reads prose, not layout. */
export function pageText(html: string): { title: string; text: string } {
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = titleMatch ? decodeEntities(titleMatch[1]!).trim() : '';
  const text = convert(html, options).replace(/\n{3,}/g, '\n\n').trim();
  return { title, text };
}
