import { z } from 'zod';
import { RESULT_SUCCESS, zId } from '../../../../validation';
import { route } from '../../../meta';

export const updateMemberRoleMeta = route({
  method: 'PUT',
  path: '/workspaces/current/members/{member_id}/update-role',
  tags: ['Members'],
  summary: "Change a member's role (owner only); making someone owner turns the current owner into an admin",
});

export const ZUpdateMemberRoleRequest = z.object({
  member_id: zId,
  // Checked by the service, so an unknown role is Dify's 400 `invalid-role`.
  role: z.string().max(32),
});
export const ZUpdateMemberRoleResponse = RESULT_SUCCESS;
