import { updateMemberRole } from '../../../../services/workspaces/member-admin';
import { authedProcedure } from '../../../../trpc';
import { updateMemberRoleMeta, ZUpdateMemberRoleRequest, ZUpdateMemberRoleResponse } from './update-member-role.types';

export const updateMemberRoleProcedure = authedProcedure
  .meta(updateMemberRoleMeta)
  .input(ZUpdateMemberRoleRequest)
  .output(ZUpdateMemberRoleResponse)
  .mutation(async ({ ctx, input }) => {
    await updateMemberRole(ctx.deps, ctx.actor, input.member_id, input.role);
    return { result: 'success' as const };
  });
