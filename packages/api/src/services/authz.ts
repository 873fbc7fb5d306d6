import { type WorkspaceRole } from '@tessera/db';
import { type Actor } from '../callers';
import { errors } from '../errors';

/** Dify's role sets (contract §2.4). */
export const PRIVILEGED_ROLES: readonly WorkspaceRole[] = ['owner', 'admin'];
export const EDITING_ROLES: readonly WorkspaceRole[] = ['owner', 'admin', 'editor'];
export const DATASET_EDITING_ROLES: readonly WorkspaceRole[] = ['owner', 'admin', 'editor', 'dataset_operator'];

export function hasRole(actor: Actor, roles: readonly WorkspaceRole[]): boolean {
  return roles.includes(actor.role);
}

/** 403 `forbidden` unless the actor's role in the current workspace is one of `roles`. */
export function assertRole(actor: Actor, roles: readonly WorkspaceRole[]): void {
  if (!hasRole(actor, roles)) {
    throw errors.forbidden();
  }
}
