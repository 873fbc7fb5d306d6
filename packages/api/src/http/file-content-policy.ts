import { fileExtension } from '../services/files/filename';

/**
 * Which files a browser may show in place, and as what. Files come from anyone who can upload,
 * and are served from the console's origin: a type the browser renders as a document (HTML,
 * XHTML, any XML, SVG, XSL) could run script there with the operator's cookies. So only inert
 * types are shown inline, and only when the declared type and the name's extension agree on
 * what the file is; everything else, including anything unknown or malformed, is a download.
 */

type InlineKind = 'image' | 'pdf' | 'media' | 'text';

/** Raster images only: SVG is a document that can carry script. */
const INLINE_TYPES: Readonly<Record<string, InlineKind>> = {
  'image/png': 'image',
  'image/apng': 'image',
  'image/jpeg': 'image',
  'image/pjpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'image/bmp': 'image',
  'image/x-ms-bmp': 'image',
  'image/avif': 'image',
  'image/x-icon': 'image',
  'image/vnd.microsoft.icon': 'image',
  'application/pdf': 'pdf',
  'text/plain': 'text',
  'text/csv': 'text',
  'text/markdown': 'text',
  'text/x-markdown': 'text',
  'text/tab-separated-values': 'text',
};

const INLINE_EXTENSIONS: Readonly<Record<string, InlineKind>> = {
  ...Object.fromEntries(['png', 'apng', 'jpg', 'jpeg', 'jpe', 'jfif', 'gif', 'webp', 'bmp', 'avif', 'ico'].map((ext) => [ext, 'image'])),
  pdf: 'pdf',
  ...Object.fromEntries(
    ['mp3', 'mpga', 'm4a', 'wav', 'ogg', 'oga', 'opus', 'flac', 'aac', 'weba', 'amr', 'mp4', 'm4v', 'mov', 'mpeg', 'mpg', 'webm', 'ogv'].map(
      (ext) => [ext, 'media'],
    ),
  ),
  ...Object.fromEntries(['txt', 'text', 'log', 'md', 'markdown', 'csv', 'tsv'].map((ext) => [ext, 'text'])),
};

/**
 * Audio and video of any subtype, except structured-syntax suffixes: Chromium renders every
 * `…/…+xml` type as an XML document, whatever comes before the slash.
 */
const MEDIA_TYPE = /^(?:audio|video)\/[a-z0-9][a-z0-9!#$&^_.-]*$/;
const MIME_ESSENCE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;
const CHARSET = /^[a-z0-9][a-z0-9._:-]{0,39}$/i;

export const SVG_MIME_TYPE = 'image/svg+xml';
const DOWNLOAD_MIME_TYPE = 'application/octet-stream';

interface ParsedMimeType {
  /** `type/subtype` in lower case, or '' when the value is not a MIME type. */
  essence: string;
  charset?: string;
}

export function parseMimeType(value: string): ParsedMimeType {
  const [head = '', ...parameters] = value.split(';');
  const essence = head.trim().toLowerCase();
  if (!MIME_ESSENCE.test(essence)) return { essence: '' };
  for (const parameter of parameters) {
    const [name = '', raw = ''] = parameter.split('=', 2);
    if (name.trim().toLowerCase() !== 'charset') continue;
    const charset = raw.trim().replace(/^"(.*)"$/, '$1');
    return CHARSET.test(charset) ? { essence, charset: charset.toLowerCase() } : { essence };
  }
  return { essence };
}

function kindOfType(essence: string): InlineKind | undefined {
  return INLINE_TYPES[essence] ?? (MEDIA_TYPE.test(essence) ? 'media' : undefined);
}

export type Disposition = 'inline' | 'attachment';

export interface ContentPolicy {
  disposition: Disposition;
  contentType: string;
  /** Shown inline as audio or video, whose player fetches the file again from a sandboxed page. */
  playsMedia: boolean;
}

/**
 * How to send a file whose declared type is `mimeType` and whose name is `fileName`, when the
 * caller would like `wish`. Inline text is sent as `text/plain` so CSV and Markdown read as text
 * rather than download. A download is `application/octet-stream`, except SVG, which keeps its type
 * so an `<img>` can still draw it: images never run script, and a tab only ever downloads it.
 */
export function contentPolicy(mimeType: string, fileName: string, wish: Disposition = 'inline'): ContentPolicy {
  const { essence, charset } = parseMimeType(mimeType);
  const kind = kindOfType(essence);
  const agrees = kind !== undefined && INLINE_EXTENSIONS[fileExtension(fileName)] === kind;
  if (wish === 'inline' && agrees) {
    const contentType = kind === 'text' ? `text/plain; charset=${charset ?? 'utf-8'}` : essence;
    return { disposition: 'inline', contentType, playsMedia: kind === 'media' };
  }
  return { disposition: 'attachment', contentType: essence === SVG_MIME_TYPE ? SVG_MIME_TYPE : DOWNLOAD_MIME_TYPE, playsMedia: false };
}
