import type { AddressObject, EmailAddress } from 'mailparser';
import { htmlToText } from './html';

function formatAddress({ name, address, group }: EmailAddress): string {
  if (group) return `${name}: ${group.map(formatAddress).join(', ')}`;
  if (name && address) return `${name} <${address}>`;
  return name || address || '';
}

function addresses(value: AddressObject | AddressObject[] | undefined): string | undefined {
  if (!value) return undefined;
  const list = (Array.isArray(value) ? value : [value]).flatMap((a) => a.value.map(formatAddress));
  return list.filter(Boolean).join(', ') || undefined;
}

/** The main headers, a blank line, then the plain-text body (or the HTML body turned into text). */
export async function extractEmlText(data: Uint8Array): Promise<string> {
  // Loaded on first use: mailparser and its dependencies hold about 30 MB.
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
    skipImageLinks: true,
    skipTextToHtml: true,
  });
  const headers: Array<[string, string | undefined]> = [
    ['Subject', mail.subject],
    ['From', addresses(mail.from)],
    ['To', addresses(mail.to)],
    ['Cc', addresses(mail.cc)],
    ['Date', mail.date?.toISOString()],
  ];
  const head = headers.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`);
  const body = mail.text?.trim() || (typeof mail.html === 'string' ? await htmlToText(mail.html) : '');
  return [head.join('\n'), body].filter(Boolean).join('\n\n');
}
