import type { IncomingMessage, ServerResponse } from 'node:http';
import { rejectRequest } from './gate';
import { sendVendorError, type HandlerContext } from './handler-context';
import { decodeBody, InvalidJsonError, readBody, sendJson } from './http-io';
import { recordRequest } from './recorder';
import { matchRoute } from './routes';
import type { ServerState } from './server-state';
import { vendorErrorBody } from './vendor-errors';

/** Records the request, routes it by path suffix, applies the vendor's checks, then lets the protocol answer. */
export async function handleRequest(req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> {
  try {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawBody = await readBody(req);
    let body: unknown;
    let invalidJson: InvalidJsonError | undefined;
    try {
      body = decodeBody(rawBody, req.headers['content-type']);
    } catch (error) {
      if (!(error instanceof InvalidJsonError)) throw error;
      invalidJson = error;
      body = rawBody.toString('utf8');
    }
    const recorded = recordRequest(req, url, body);
    state.requests.push(recorded);
    const { method, path, query } = recorded;
    const match = matchRoute(method, path, req.headers);
    if (!match) {
      sendVendorError({ res, protocol: 'openai' }, 404, 'not_found', `Unknown request URL: ${method} ${path}.`);
      return;
    }
    const ctx: HandlerContext = { req, res, state, protocol: match.protocol, path, query, body, params: match.params };
    if (invalidJson) {
      sendVendorError(ctx, 400, 'bad_request', invalidJson.message);
      return;
    }
    if (rejectRequest(ctx)) return;
    await match.route.handler(ctx);
  } catch (error) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    sendJson(res, 500, vendorErrorBody('openai', 'upstream', 500, `Test model server failure: ${message}`));
  }
}
