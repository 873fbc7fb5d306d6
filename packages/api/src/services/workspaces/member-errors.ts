import { WORKSPACE_ROLES, type WorkspaceRole } from '@tessera/db';
import { errors } from '../../errors';

/** Roles an invitation may grant: every role but owner (ownership moves by update-role). */
export const INVITABLE_ROLES: readonly WorkspaceRole[] = WORKSPACE_ROLES.filter((role) => role !== 'owner');

export const isWorkspaceRole = (value: string): value is WorkspaceRole => (WORKSPACE_ROLES as readonly string[]).includes(value);

/** Dify's hyphenated member-management errors (contract §2.5). */
export const memberErrors = {
  invalidRole: () => errors.badRequest('invalid-role', 'Invalid role'),
  cannotOperateSelf: () => errors.badRequest('cannot-operate-self', 'Cannot operate self.'),
  noPermission: (action: 'add' | 'remove' | 'update') => errors.forbidden(`No permission to ${action} member.`),
  notFound: () => errors.notFound('member-not-found', 'Member not in tenant.'),
};
