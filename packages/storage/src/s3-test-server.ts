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
 * A path-style S3 stand-in for tests: PUT, GET, HEAD and DELETE of objects, kept in memory.
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
        res.setHeader('Content-Length', object.body.length);
        res.setHeader('ETag', `"${object.body.length}"`);
        res.end(method === 'GET' ? object.body : undefined);
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
