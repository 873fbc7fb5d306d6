export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** Splits a `multipart/form-data` body; enough for the single-file uploads transcription clients send. */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return [];
  const delimiter = Buffer.from(`--${marker.trim()}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const contentStart = start + delimiter.length;
    if (body.subarray(contentStart, contentStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, contentStart);
    if (next < 0) break;
    const part = parsePart(body.subarray(contentStart + 2, next - 2));
    if (part) parts.push(part);
    start = next;
  }
  return parts;
}

function parsePart(raw: Buffer): MultipartPart | undefined {
  const headerEnd = raw.indexOf('\r\n\r\n');
  if (headerEnd < 0) return undefined;
  const headers = raw.subarray(0, headerEnd).toString('utf8');
  const name = /[;\s]name="([^"]*)"/i.exec(headers)?.[1];
  if (name === undefined) return undefined;
  return {
    name,
    filename: /filename="([^"]*)"/i.exec(headers)?.[1],
    contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim(),
    data: raw.subarray(headerEnd + 4),
  };
}

export function multipartField(parts: MultipartPart[], name: string): string | undefined {
  return parts.find((part) => part.name === name)?.data.toString('utf8');
}
