
/** Pages are separated by a blank line. */
export async function extractPdfText(data: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  // pdf.js may take ownership of the buffer it is given; the caller keeps theirs.
  const pdf = await getDocumentProxy(new Uint8Array(data), { verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.map((page) => page.trim()).join('\n\n');
  } finally {
    await pdf.destroy();
  }
}
