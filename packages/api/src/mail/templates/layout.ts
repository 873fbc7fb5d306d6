/** What a template produces; `template` names it in the outbox. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
  template: string;
}

export type MailLanguage = 'en-US' | 'zh-Hans';

/** Dify mails in Simplified Chinese when asked for `zh-Hans` and in English otherwise. */
export function mailLanguage(language: string | null | undefined): MailLanguage {
  return language === 'zh-Hans' ? 'zh-Hans' : 'en-US';
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A plain, inline-styled HTML body: a heading, paragraphs, and an optional code shown large. */
export function renderHtml(heading: string, paragraphs: string[], code?: string): string {
  const blocks = paragraphs.map((p) => `<p style="margin:0 0 16px;font-size:14px;line-height:20px;color:#354052">${escapeHtml(p)}</p>`);
  const codeBlock = code
    ? `<p style="margin:0 0 16px;padding:16px;background:#f2f4f7;border-radius:8px;text-align:center;font-size:30px;font-weight:700;letter-spacing:8px;color:#101828">${escapeHtml(code)}</p>`
    : '';
  return [
    '<!DOCTYPE html><html><body style="margin:0;padding:24px;background:#ffffff;font-family:Arial,Helvetica,sans-serif">',
    '<div style="max-width:504px;margin:0 auto">',
    `<h1 style="margin:0 0 16px;font-size:22px;color:#101828">${escapeHtml(heading)}</h1>`,
    blocks[0] ?? '',
    codeBlock,
    ...blocks.slice(1),
    '</div></body></html>',
  ].join('');
}
