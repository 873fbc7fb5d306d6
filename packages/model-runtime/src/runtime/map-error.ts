import { APICallError, NoSuchModelError, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { getErrorMessage } from '@ai-sdk/provider-utils';
import { NoObjectGeneratedError } from 'ai';
import { ModelRuntimeError } from '../errors';
import type { Credentials, ModelErrorCode } from '../types';
import { isQuotaError, isTimeoutError, unwrapRetries } from './error-kinds';

const SECRET_KEY_PATTERN = /key|secret|token|password/i;

/** Credential values that must never appear in an error message, longest first so overlaps mask fully. */
export function secretValues(credentials: Credentials): string[] {
  return Object.entries(credentials)
    .filter(([key, value]) => SECRET_KEY_PATTERN.test(key) && typeof value === 'string' && value.length >= 4)
    .map(([, value]) => value as string)
    .sort((a, b) => b.length - a.length);
}

function redact(message: string, secrets: string[]): string {
  return secrets.reduce((text, secret) => text.split(secret).join('****'), message);
}

function codeForStatus(error: APICallError): ModelErrorCode {
  if (error.statusCode === 401 || error.statusCode === 403) return 'provider_not_initialize';
  if (isQuotaError(error)) return 'provider_quota_exceeded';
  if (error.statusCode === 404) return 'model_currently_not_support';
  return 'completion_request_error';
}

function classify(error: unknown): { code: ModelErrorCode; message: string; status?: number } {
  if (isTimeoutError(error)) return { code: 'completion_request_error', message: getErrorMessage(error) };
  if (NoObjectGeneratedError.isInstance(error)) {
    const detail = error.cause ? `: ${getErrorMessage(error.cause)}` : '';
    return { code: 'completion_request_error', message: `The model's answer does not satisfy the JSON schema${detail}` };
  }
  if (APICallError.isInstance(error)) {
    return { code: codeForStatus(error), message: error.message, status: error.statusCode };
  }
  if (NoSuchModelError.isInstance(error) || UnsupportedFunctionalityError.isInstance(error)) {
    return { code: 'model_currently_not_support', message: error.message };
  }
  return { code: 'completion_request_error', message: getErrorMessage(error) };
}

/**
 * Every failure leaves the runtime as a ModelRuntimeError carrying one of the contract's codes and the
 * provider's own words, with credential values masked. A call the caller aborted reports "Request aborted".
 */
export function toModelRuntimeError(
  error: unknown,
  context: { aborted: boolean; secrets: string[] },
): ModelRuntimeError {
  if (error instanceof ModelRuntimeError) {
    const message = redact(error.message, context.secrets);
    return message === error.message
      ? error
      : new ModelRuntimeError(error.code, message, error.upstreamStatus, { cause: error.cause });
  }
  if (context.aborted) {
    return new ModelRuntimeError('completion_request_error', 'Request aborted', undefined, { cause: error });
  }
  const { code, message, status } = classify(unwrapRetries(error));
  return new ModelRuntimeError(code, redact(message, context.secrets), status, { cause: error });
}
