import { type AppDeps } from '../../deps';
import { errors, findAppError, findCause } from '../../errors';
import { PayloadError } from './payloads';

/** A payload that names nothing usable is the caller's mistake: 400, like Dify's payload check. */
export function rethrowPayloadError(error: unknown): void {
  const payload = findCause(error, PayloadError);
  if (payload) throw errors.invalidParam(payload.message);
}

/**
 * The `error` text of Dify's `{data: null, error}` envelope: the provider's or the service's own
 * message; anything unexpected is logged and reported without internals.
 */
export function invocationErrorMessage(deps: AppDeps, error: unknown, where: string): string {
  const known = findAppError(error);
  if (known) return known.message;
  deps.logger.error('plugin invocation failed', { where, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  return 'Internal Server Error';
}
