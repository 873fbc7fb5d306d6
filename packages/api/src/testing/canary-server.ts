import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface CanaryFile {
  body: string | Uint8Array;
  type?: string;
  /** Answer HEAD with this status instead of 200 (servers that refuse HEAD). */
  headStatus?: number;
  /** Declare this Content-Length instead of the body's. */
  declaredLength?: number;
  disposition?: string;
}

export interface CanaryServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `METHOD /path` of every request that reached it. */
  received: string[];
  close(): Promise<void>;
}

/**
 * A file server on 127.0.0.1 that records every request: what remote-file tests fetch when loopback
 * is opened to them, and the proof that nothing arrived when it is not. Unknown paths are 404.
 */
export async function startCanaryServer(files: Record<string, CanaryFile>): Promise<CanaryServer> {
  const received: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    received.push(`${req.method} ${req.url}`);
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    const body = typeof file.body === 'string' ? Buffer.from(file.body) : Buffer.from(file.body);
    const headers: Record<string, string> = { 'content-length': String(file.declaredLength ?? body.length) };
    if (file.type) headers['content-type'] = file.type;
    if (file.disposition) headers['content-disposition'] = file.disposition;
    if (req.method === 'HEAD') {
      res.writeHead(file.headStatus ?? 200, headers).end();
      return;
    }
    if (file.declaredLength !== undefined) {
      res.writeHead(200, headers);
      res.end(body.subarray(0, Math.min(body.length, file.declaredLength)));
      return;
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
