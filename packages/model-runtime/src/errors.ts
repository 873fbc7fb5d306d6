import type { ModelErrorCode } from './types';

/** A model call failed; `code` is one of the contract's codes and `message` is the provider's own words. */
export class ModelRuntimeError extends Error {
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
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CredentialsValidationError';
  }
}

export const isModelRuntimeError = (error: unknown): error is ModelRuntimeError => error instanceof ModelRuntimeError;
