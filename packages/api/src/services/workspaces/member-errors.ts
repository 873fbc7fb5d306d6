import { WORKSPACE_ROLES, type WorkspaceRole } from '@tessera/db';
import { AppError } from '../../errors';

/** Roles an invitation may grant: every role but owner (ownership moves by update-role). */
export const INVITABLE_ROLES: readonly WorkspaceRole[] = WORKSPACE_ROLES.filter((role) => role !== 'owner');

export const isWorkspaceRole = (value: string): value is WorkspaceRole => (WORKSPACE_ROLES as readonly string[]).includes(value);

/** Dify's hyphenated member-management errors (contract §2.5). */
export const memberErrors = {
  invalidRole: () => new AppError('invalid-role', 'Invalid role', 400),
  cannotOperateSelf: () => new AppError('cannot-operate-self', 'Cannot operate self.', 400),
  noPermission: (action: 'add' | 'remove' | 'update') => new AppError('forbidden', `No permission to ${action} member.`, 403),
  notFound: () => new AppError('member-not-found', 'Member not in tenant.', 404),
};
