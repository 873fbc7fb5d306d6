import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

interface StoredObject {
  body: Buffer;
  contentType: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
}

/**
 * A path-style S3 stand-in for tests: PUT, GET (whole or one byte range), HEAD and DELETE of objects, kept in memory.
 * It checks no signatures; it exists so the real SDK is exercised over real HTTP on loopback.
 */
export interface S3TestServer {
  endpoint: string;
  objects: Map<string, StoredObject>;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function notFound(res: ServerResponse, method: string, key: string) {
  res.statusCode = 404;
  if (method === 'HEAD') {
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/xml');
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code>` +
      `<Message>The specified key does not exist.</Message><Key>${key}</Key></Error>`,
  );
}

/** S3's reading of a single `Range: bytes=…` header; several ranges are read as none, as S3 does. */
function requestedRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header) : null;
  if (!match || (!match[1] && !match[2])) return undefined;
  if (!match[1]) {
    const suffix = Number(match[2]);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  if (start >= size) return 'unsatisfiable';
  return { start, end: match[2] ? Math.min(Number(match[2]), size - 1) : size - 1 };
}

function invalidRange(res: ServerResponse, size: number) {
  res.statusCode = 416;
  res.setHeader('Content-Type', 'application/xml');
  res.setHeader('Content-Range', `bytes */${size}`);
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidRange</Code>` +
      `<Message>The requested range is not satisfiable</Message><ActualObjectSize>${size}</ActualObjectSize></Error>`,
  );
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startS3TestServer(): Promise<S3TestServer> {
  const objects = new Map<string, StoredObject>();
  const requests: RecordedRequest[] = [];

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    requests.push({ method, path: url.pathname, headers: req.headers });
    const [, bucket, ...rest] = url.pathname.split('/');
    const key = rest.map((segment) => decodeURIComponent(segment)).join('/');
    if (!bucket || !key) {
      res.statusCode = 400;
      res.end();
      return;
    }
    const id = `${decodeURIComponent(bucket)}/${key}`;
    const object = objects.get(id);

    switch (method) {
      case 'PUT': {
        const body = await readBody(req);
        objects.set(id, { body, contentType: req.headers['content-type'] ?? 'application/octet-stream' });
        res.setHeader('ETag', `"${body.length}"`);
        res.end();
        return;
      }
      case 'GET':
      case 'HEAD': {
        if (!object) return notFound(res, method, key);
        res.setHeader('Content-Type', object.contentType);
        res.setHeader('ETag', `"${object.body.length}"`);
        const range = method === 'GET' ? requestedRange(req.headers.range, object.body.length) : undefined;
        if (range === 'unsatisfiable') return invalidRange(res, object.body.length);
        if (range) {
          res.statusCode = 206;
          res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${object.body.length}`);
        }
        const body = range ? object.body.subarray(range.start, range.end + 1) : object.body;
        res.setHeader('Content-Length', body.length);
        res.end(method === 'GET' ? body : undefined);
        return;
      }
      case 'DELETE':
        objects.delete(id);
        res.statusCode = 204;
        res.end();
        return;
      default:
        res.statusCode = 405;
        res.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
