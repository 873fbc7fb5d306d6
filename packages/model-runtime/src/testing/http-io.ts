import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export class InvalidJsonError extends Error {}

/** JSON bodies are parsed; multipart and binary ones stay as bytes. */
export function decodeBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json') || (type === '' && looksLikeJson(raw))) {
    try {
      return JSON.parse(raw.toString('utf8'));
    } catch {
      throw new InvalidJsonError('We could not parse the JSON body of your request.');
    }
  }
  if (type.startsWith('text/')) return raw.toString('utf8');
  return raw;
}

function looksLikeJson(raw: Buffer): boolean {
  const first = raw.toString('utf8', 0, Math.min(raw.length, 16)).trimStart()[0];
  return first === '{' || first === '[';
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const contentType = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

export function sendBinary(res: ServerResponse, contentType: string, bytes: Uint8Array): void {
  res.writeHead(200, { 'content-type': contentType, 'content-length': bytes.byteLength });
  res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
