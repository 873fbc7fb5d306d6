export type Role = 'owner' | 'admin' | 'editor' | 'normal' | 'dataset_operator';

/** Dify's role sets: who may edit apps, who may manage keys and members. */
export const canEditApps = (role: string | undefined) => role === 'owner' || role === 'admin' || role === 'editor';
export const isAdminOrOwner = (role: string | undefined) => role === 'owner' || role === 'admin';
export const canInviteMembers = isAdminOrOwner;
export const canManageMembers = (role: string | undefined) => role === 'owner';

/** Roles that can be given by invitation or a role change (ownership moves only through a transfer). */
export const ASSIGNABLE_ROLES: Role[] = ['admin', 'editor', 'normal', 'dataset_operator'];
