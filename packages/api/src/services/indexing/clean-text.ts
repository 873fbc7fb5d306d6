import { type ProcessRule } from './process-rule';

// Control characters are what this cleaner removes, so the pattern has to name them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE]/g;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g;
const MARKDOWN_IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const URL = /https?:\/\/[^\s)\]]+/g;

/**
 * Dify's CleanProcessor: always drops control characters and unwraps `<|`/`|>`; optionally folds
 * extra whitespace and removes e-mail addresses and links (keeping links of Markdown images).
 */
export function cleanText(text: string, rule: Pick<ProcessRule, 'removeExtraSpaces' | 'removeUrlsEmails'>): string {
  let out = text.replace(/<\|/g, '<').replace(/\|>/g, '>').replace(CONTROL, '');
  if (rule.removeExtraSpaces) out = out.replace(/\n{3,}/g, '\n\n').replace(/[\t\f\r \u00A0\u2000-\u200A\u3000]{2,}/g, ' ');
  if (rule.removeUrlsEmails) {
    const images: string[] = [];
    // Images are set aside under placeholders (private-use characters) while links are removed.
    out = out.replace(MARKDOWN_IMAGE, (match) => `\uE000${images.push(match) - 1}\uE000`);
    out = out.replace(EMAIL, '').replace(URL, '');
    out = out.replace(/\uE000(\d+)\uE000/g, (_m, index: string) => images[Number(index)]!);
  }
  return out;
}
