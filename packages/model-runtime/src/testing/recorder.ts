import type { IncomingMessage } from 'node:http';
import type { RecordedRequest } from './types';

/** What a test sees of a request; headers are kept as Node parsed them (lower-case names). */
export function recordRequest(req: IncomingMessage, url: URL, body: unknown): RecordedRequest {
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body,
    at: Date.now(),
  };
}
