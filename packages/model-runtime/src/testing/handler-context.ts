import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './http-io';
import type { ServerState } from './server-state';
import { vendorErrorBody, type ErrorKind, type Protocol } from './vendor-errors';

export interface HandlerContext {
  req: IncomingMessage;
  res: ServerResponse;
  state: ServerState;
  protocol: Protocol;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON, a Buffer for multipart or binary bodies, undefined when empty. */
  body: unknown;
  /** Captures from the route pattern, e.g. Gemini's `model`. */
  params: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => Promise<void> | void;

export interface Route {
  method: 'GET' | 'POST';
  protocol: Protocol;
  /** Matched against the end of the path, so any base-URL prefix works. */
  pattern: RegExp;
  handler: Handler;
}

export function sendVendorError(
  ctx: Pick<HandlerContext, 'res' | 'protocol'>,
  status: number,
  kind: ErrorKind,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(ctx.res, status, vendorErrorBody(ctx.protocol, kind, status, message), headers);
}
