import { TRPCError } from '@trpc/server';
import { type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { AppEngineError } from '@tessera/app-engine';
import { isModelRuntimeError } from '@tessera/model-runtime';

const TRPC_CODE_BY_STATUS: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_CONTENT',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
};

/**
 * The one application error: a Dify error code, a message for people, and the HTTP status the
 * REST surfaces answer with. `extra` adds fields some Dify bodies carry (e.g. `params`).
 * It is a TRPCError so tRPC keeps it as it is and the RPC client sees a matching code.
 */
export class AppError extends TRPCError {
  readonly appCode: string;
  readonly status: number;
  readonly extra: Record<string, unknown>;

  constructor(appCode: string, message: string, status = 400, extra: Record<string, unknown> = {}) {
    super({ code: TRPC_CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST'), message });
    this.name = 'AppError';
    this.appCode = appCode;
    this.status = status;
    this.extra = extra;
  }
}

/**
 * The only way to build an AppError outside this file (errors.test.ts enforces it): one factory per
 * HTTP status, so a code can never be answered with the wrong status. `extra` adds the fields some
 * Dify bodies carry (`result: 'fail'` on refresh failures).
 */
export const errors = {
  badRequest: (code: string, message: string, extra?: Record<string, unknown>) => new AppError(code, message, 400, extra),
  invalidParam: (message: string, params?: string) =>
    new AppError('invalid_param', message, 400, params ? { params } : {}),
  unauthorized: (message = 'Unauthorized.', extra?: Record<string, unknown>) =>
    new AppError('unauthorized', message, 401, extra),
  /** A 401 with a code of its own (`authentication_failed`, `web_sso_auth_required`, …). */
  unauthenticated: (code: string, message: string, extra?: Record<string, unknown>) =>
    new AppError(code, message, 401, extra),
  forbidden: (message = "You don't have the permission to access the requested resource.") =>
    new AppError('forbidden', message, 403),
  /** A 403 with a code of its own (`not_allowed_create_workspace`, …). */
  notPermitted: (code: string, message: string) => new AppError(code, message, 403),
  notFound: (code = 'not_found', message = 'The requested URL was not found on the server.') =>
    new AppError(code, message, 404),
  appNotFound: () => new AppError('app_not_found', 'App not found.', 404),
  /** A 409: the resource is in a state that forbids the change (a finished run, a taken name, …). */
  conflict: (code: string, message: string) => new AppError(code, message, 409),
  payloadTooLarge: (code: string, message: string) => new AppError(code, message, 413),
  unsupportedMediaType: (code: string, message: string) => new AppError(code, message, 415),
  tooManyRequests: (code: string, message: string) => new AppError(code, message, 429),
};

/** Dify's envelope for a status when nothing more specific is known. */
export function defaultCodeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 413:
      return 'request_entity_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'too_many_requests';
    default:
      return status >= 500 ? 'unknown' : 'bad_request';
  }
}

/**
 * The AppError behind a thrown value. Errors can arrive wrapped: the OpenAPI adapter loads tRPC's
 * CommonJS build, whose TRPCError class differs from ours, and wraps ours as its cause. A model
 * failure (ModelRuntimeError) is the caller's 400 with the contract's code and the provider's words.
 */
export function findAppError(error: unknown): AppError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof AppError) return current;
    if (isModelRuntimeError(current)) return new AppError(current.code, current.message, 400);
    if (current instanceof AppEngineError) return new AppError(current.code, current.message, current.status);
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function findCause<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof type) return current as T;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
