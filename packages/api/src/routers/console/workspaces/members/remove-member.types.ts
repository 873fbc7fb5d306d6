import { z } from 'zod';
import { zId } from '../../../../validation';
import { route } from '../../../meta';

export const removeMemberMeta = route({
  method: 'DELETE',
  path: '/workspaces/current/members/{member_id}',
  tags: ['Members'],
  summary: 'Remove a member (owner only); member_id is the account id',
});

export const ZRemoveMemberRequest = z.object({ member_id: zId });
export const ZRemoveMemberResponse = z.object({ result: z.literal('success'), tenant_id: z.string() });
