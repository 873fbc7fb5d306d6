import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo } from 'node:net';
import { type TLSSocket } from 'node:tls';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The TLS server name the client sent (SNI), for HTTPS canaries. */
  servername?: string;
}

export type CanaryHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/**
 * A loopback HTTP server that records every connection and request it sees, so a test can show
 * that a refused fetch never reached it. Open connections are cut on close, so held requests
 * do not keep the test waiting.
 */
export interface Canary {
  host: string;
  port: number;
  origin: string;
  connections: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface CanaryOptions {
  host?: string;
  port?: number;
  tls?: { cert: string | Buffer; key: string | Buffer };
}

const answerCanary: CanaryHandler = (_req, res) => res.end('canary');

export async function startCanary(handler: CanaryHandler = answerCanary, options: CanaryOptions = {}): Promise<Canary> {
  const host = options.host ?? '127.0.0.1';
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const servername = (req.socket as TLSSocket).servername;
      canary.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, ...(servername ? { servername } : {}) });
      handler(req, res, body);
    });
  };
  const server: Server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener);
  server.on(options.tls ? 'secureConnection' : 'connection', () => (canary.connections += 1));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const canary: Canary = {
    host,
    port,
    origin: `${options.tls ? 'https' : 'http'}://${urlHost}:${port}`,
    connections: 0,
    requests: [],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return canary;
}
