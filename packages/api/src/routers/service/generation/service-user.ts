import { AppError } from '../../../errors';

/** Endpoints that act for an end user need one named (contract §1.1). */
export function requireUser(user: string | undefined): string {
  if (!user?.trim()) throw new AppError('invalid_param', 'Arg user must be provided.', 400);
  return user;
}
