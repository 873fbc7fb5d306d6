import { z } from 'zod';
import { zEmail } from '../../../../validation';
import { route } from '../../../meta';

export const inviteMembersMeta = route({
  method: 'POST',
  path: '/workspaces/current/members/invite-email',
  tags: ['Members'],
  summary: 'Invite people by email (owner or admin); mails each new person an activation link',
  successDescription: 'Created (HTTP 201): one result per email',
});

export const ZInviteMembersRequest = z.object({
  emails: z.array(zEmail).min(1, 'must list at least one email').max(100),
  // Checked by the service, so an unknown role is Dify's 400 `invalid-role`.
  role: z.string().max(32),
  language: z.string().max(20).nullish(),
});

export const ZInviteMembersResponse = z.object({
  result: z.literal('success'),
  invitation_results: z.array(
    z.object({
      status: z.enum(['success', 'failed']),
      email: z.string(),
      url: z.string().optional(),
      message: z.string().optional(),
    }),
  ),
  tenant_id: z.string(),
});
