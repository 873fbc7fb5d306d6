import { errors } from '../../../errors';

/** Endpoints that act for an end user need one named (contract §1.1). */
export function requireUser(user: string | undefined): string {
  if (!user?.trim()) throw errors.invalidParam('Arg user must be provided.');
  return user;
}
