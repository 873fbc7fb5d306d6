import { AppEngineError } from '@tessera/app-engine';
import { AppError } from '../../errors';

/** Runs engine code and answers its failures with the contract code and Dify's words it carries. */
export function withEngineErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppEngineError) throw new AppError(error.code, error.message, error.status);
    throw error;
  }
}
