import { type AppError, defaultCodeForStatus } from '../errors';

export interface ErrorEnvelope {
  code: string;
  message: string;
  status: number;
  [extra: string]: unknown;
}

const CLEARED_COOKIES = ['access_token', 'refresh_token', 'csrf_token'];

/** Dify's `{code, message, status}` body; every 401 carries `WWW-Authenticate`. */
export function errorResponse(envelope: ErrorEnvelope, headers: Headers = new Headers()): Response {
  headers.set('Content-Type', 'application/json');
  if (envelope.status === 401) {
    headers.set('WWW-Authenticate', 'Bearer realm="api"');
    if (envelope.code === 'unauthorized_and_force_logout') {
      for (const name of CLEARED_COOKIES) headers.append('Set-Cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
    }
  }
  return new Response(JSON.stringify(envelope), { status: envelope.status, headers });
}

export function envelopeFromAppError(error: AppError): ErrorEnvelope {
  return { code: error.appCode, message: error.message, status: error.status, ...error.extra };
}

export function envelopeFor(status: number, message: string, code = defaultCodeForStatus(status)): ErrorEnvelope {
  return { code, message, status };
}

export const INTERNAL_ERROR: ErrorEnvelope = { code: 'unknown', message: 'Internal Server Error', status: 500 };
export const INVALID_JSON_MESSAGE = 'Invalid JSON payload received or JSON payload is empty.';
