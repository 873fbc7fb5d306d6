/** The document types Dify accepts for knowledge bases and file previews. */
export const DOCUMENT_EXTENSIONS: readonly string[] = Object.freeze([
  'txt',
  'markdown',
  'md',
  'mdx',
  'pdf',
  'html',
  'htm',
  'xlsx',
  'xls',
  'vtt',
  'properties',
  'doc',
  'docx',
  'csv',
  'eml',
  'msg',
  'pptx',
  'xml',
  'epub',
  'ppt',
]);

const documentExtensions = new Set(DOCUMENT_EXTENSIONS);

/** Accepts `pdf`, `PDF` or `.pdf`. */
export function normalizeExtension(ext: string): string {
  return ext.trim().replace(/^\.+/, '').toLowerCase();
}

export function isDocumentExtension(ext: string): boolean {
  return documentExtensions.has(normalizeExtension(ext));
}
