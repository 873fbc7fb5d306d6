/**
 * The engine's own failures. Each carries the contract code the API answers with, and the message is Dify's
 * wording, so the API can put it on the wire unchanged. Recognised across copies of this module by a brand,
 * as ModelRuntimeError is, because Next.js may bundle the package more than once.
 */
const APP_ENGINE_ERROR = Symbol.for('tessera.app-engine.AppEngineError');

export type AppEngineErrorCode = 'invalid_param' | 'app_unavailable';

export class AppEngineError extends Error {
  readonly [APP_ENGINE_ERROR] = true;
  static override [Symbol.hasInstance] = (value: unknown): boolean =>
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[APP_ENGINE_ERROR] === true;

  constructor(
    readonly code: AppEngineErrorCode,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'AppEngineError';
  }
}

/** A model_config the console or a DSL file sent is not acceptable (Dify raises ValueError → 400 invalid_param). */
export class ConfigValidationError extends AppEngineError {
  constructor(message: string) {
    super('invalid_param', message);
    this.name = 'ConfigValidationError';
  }
}

/** Request-time `inputs` do not fit the app's form (contract §4.3). */
export class InputValidationError extends AppEngineError {
  constructor(message: string) {
    super('invalid_param', message);
    this.name = 'InputValidationError';
  }
}

export const isAppEngineError = (error: unknown): error is AppEngineError => error instanceof AppEngineError;
