import { removeMember } from '../../../../services/workspaces/member-admin';
import { authedProcedure } from '../../../../trpc';
import { removeMemberMeta, ZRemoveMemberRequest, ZRemoveMemberResponse } from './remove-member.types';

export const removeMemberProcedure = authedProcedure
  .meta(removeMemberMeta)
  .input(ZRemoveMemberRequest)
  .output(ZRemoveMemberResponse)
  .mutation(async ({ ctx, input }) => {
    await removeMember(ctx.deps, ctx.actor, input.member_id);
    return { result: 'success' as const, tenant_id: ctx.actor.workspaceId };
  });
