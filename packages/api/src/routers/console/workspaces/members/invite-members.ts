import { inviteMembers } from '../../../../services/workspaces/invite-members';
import { authedProcedure } from '../../../../trpc';
import { inviteMembersMeta, ZInviteMembersRequest, ZInviteMembersResponse } from './invite-members.types';

export const inviteMembersProcedure = authedProcedure
  .meta(inviteMembersMeta)
  .input(ZInviteMembersRequest)
  .output(ZInviteMembersResponse)
  .mutation(async ({ ctx, input }) => {
    const { results, tenantId } = await inviteMembers(ctx.deps, ctx.actor, input);
    ctx.response.setStatus(201);
    return { result: 'success' as const, invitation_results: results, tenant_id: tenantId };
  });
