import type { ModelErrorCode } from './types';

/**
 * `instanceof` that also holds across copies of this module: Next.js bundles the same package into
 * several module instances, and an error made by one must still be recognised by another.
 */
function brandedInstanceCheck(brand: symbol) {
  return (value: unknown): boolean => typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

const MODEL_RUNTIME_ERROR = Symbol.for('tessera.model-runtime.ModelRuntimeError');
const CREDENTIALS_VALIDATION_ERROR = Symbol.for('tessera.model-runtime.CredentialsValidationError');

/** A model call failed; `code` is one of the contract's codes and `message` is the provider's own words. */
export class ModelRuntimeError extends Error {
  readonly [MODEL_RUNTIME_ERROR] = true;
  static override [Symbol.hasInstance] = brandedInstanceCheck(MODEL_RUNTIME_ERROR);

  constructor(
    readonly code: ModelErrorCode,
    message: string,
    /** The upstream HTTP status, when there was one. */
    readonly upstreamStatus?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ModelRuntimeError';
  }
}

/** Credentials were refused by the provider (or are incomplete); the message says why. */
export class CredentialsValidationError extends Error {
  readonly [CREDENTIALS_VALIDATION_ERROR] = true;
  static override [Symbol.hasInstance] = brandedInstanceCheck(CREDENTIALS_VALIDATION_ERROR);

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CredentialsValidationError';
  }
}

export const isModelRuntimeError = (error: unknown): error is ModelRuntimeError => error instanceof ModelRuntimeError;
