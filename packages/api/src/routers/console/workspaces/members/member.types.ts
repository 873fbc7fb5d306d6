import { z } from 'zod';
import { ACCOUNT_STATUSES, WORKSPACE_ROLES } from '@tessera/db';
import { zTimestamp } from '../../../../validation';

/** One account in Dify's member lists. */
export const ZMember = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    avatar: z.string().nullable(),
    avatar_url: z.string().nullable(),
    last_login_at: zTimestamp.nullable(),
    last_active_at: zTimestamp.nullable(),
    created_at: zTimestamp,
    role: z.enum(WORKSPACE_ROLES),
    status: z.enum(ACCOUNT_STATUSES),
  })
  .meta({ id: 'WorkspaceMember' });

export const ZMemberList = z.object({ accounts: z.array(ZMember) });
