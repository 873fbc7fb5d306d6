/** Postgres rejects U+0000 in jsonb and text, and PDFs often carry it. */
export function cleanText(text: string): string {
  return text.replaceAll('\u0000', '');
}
