import { cleanText } from './clean-text';
import { DocumentExtractionError, UnsupportedDocumentError } from './errors';
import { normalizeExtension } from './extensions';
import { extractDocxText } from './extractors/docx';
import { extractEmlText } from './extractors/eml';
import { htmlToText } from './extractors/html';
import { extractPdfText } from './extractors/pdf';
import { decodeText } from './extractors/plain-text';
import { extractXlsxText } from './extractors/xlsx';

export interface ExtractTextInput {
  data: Uint8Array;
  /** With or without the dot, any case. */
  extension: string;
  /** Used only when the extension says nothing, e.g. a file named without one. */
  mimeType?: string;
}

type Extractor = (data: Uint8Array) => string | Promise<string>;

const plainText: Extractor = decodeText;

const extractors: Record<string, Extractor> = {
  txt: plainText,
  text: plainText,
  md: plainText,
  markdown: plainText,
  mdx: plainText,
  csv: plainText,
  tsv: plainText,
  vtt: plainText,
  srt: plainText,
  properties: plainText,
  xml: plainText,
  json: plainText,
  jsonl: plainText,
  yaml: plainText,
  yml: plainText,
  log: plainText,
  html: (data) => htmlToText(decodeText(data)),
  htm: (data) => htmlToText(decodeText(data)),
  pdf: extractPdfText,
  docx: extractDocxText,
  xlsx: extractXlsxText,
  eml: extractEmlText,
};

const extensionsByMimeType: Record<string, string> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'text/vtt': 'vtt',
  'text/xml': 'xml',
  'application/xml': 'xml',
  'application/json': 'json',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'message/rfc822': 'eml',
};

function resolveExtension(extension: string, mimeType: string | undefined): string {
  const ext = normalizeExtension(extension);
  if (ext || !mimeType) return ext;
  const mime = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  return extensionsByMimeType[mime] ?? '';
}

/**
 * Returns the text of an uploaded document, without U+0000 characters.
 * Throws UnsupportedDocumentError for types it cannot read (doc, ppt, pptx, xls, msg, epub and non-documents)
 * and DocumentExtractionError when a supported file is corrupt or encrypted.
 */
export async function extractText(input: ExtractTextInput): Promise<string> {
  const extension = resolveExtension(input.extension, input.mimeType);
  const extractor = extractors[extension];
  if (!extractor) throw new UnsupportedDocumentError(extension);
  let text: string;
  try {
    text = await extractor(input.data);
  } catch (error) {
    throw new DocumentExtractionError(extension, { cause: error });
  }
  return cleanText(text);
}
