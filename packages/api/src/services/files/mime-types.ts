/** Common types by extension, for parts sent without a Content-Type (scripts and SDKs often omit it). */
const MIME_TYPES: Record<string, string> = {
  txt: 'text/plain',
  text: 'text/plain',
  log: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  mdx: 'text/markdown',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  vtt: 'text/vtt',
  srt: 'application/x-subrip',
  properties: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'application/xhtml+xml',
  xml: 'application/xml',
  json: 'application/json',
  jsonl: 'application/jsonl',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  epub: 'application/epub+zip',
  zip: 'application/zip',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
  ico: 'image/vnd.microsoft.icon',
  mp3: 'audio/mpeg',
  mpga: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  amr: 'audio/amr',
  ogg: 'audio/ogg',
  flac: 'audio/flac',
  aac: 'audio/aac',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  mpeg: 'video/mpeg',
  webm: 'video/webm',
};

export const DEFAULT_MIME_TYPE = 'application/octet-stream';

export function guessMimeType(extension: string): string {
  return MIME_TYPES[extension.toLowerCase()] ?? DEFAULT_MIME_TYPE;
}

const EXTENSION_FOR_TYPE = new Map<string, string>();
for (const [extension, type] of Object.entries(MIME_TYPES)) if (!EXTENSION_FOR_TYPE.has(type)) EXTENSION_FOR_TYPE.set(type, extension);

/** The usual extension for a MIME type (parameters ignored), or `''` when it is not one we know. */
export function extensionForMimeType(mimeType: string): string {
  const type = mimeType.split(';')[0]!.trim().toLowerCase();
  return EXTENSION_FOR_TYPE.get(type) ?? '';
}
