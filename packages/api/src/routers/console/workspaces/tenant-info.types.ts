import { z } from 'zod';
import { WORKSPACE_ROLES } from '@tessera/db';
import { zTimestamp } from '../../../validation';

/** Dify's tenant info, shared by `/workspaces/current`, switch, rename and create. */
export const ZTenantInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    plan: z.string(),
    status: z.string(),
    created_at: zTimestamp,
    role: z.enum(WORKSPACE_ROLES),
    in_trial: z.boolean().nullable(),
    trial_end_reason: z.string().nullable(),
    custom_config: z.object({ remove_webapp_brand: z.boolean(), replace_webapp_logo: z.string().nullable() }).nullable(),
    trial_credits: z.number().int().nullable(),
    trial_credits_used: z.number().int().nullable(),
    next_credit_reset_date: z.number().int().nullable(),
  })
  .meta({ id: 'TenantInfo' });

export const ZWorkspaceName = z.string().trim().min(1, 'must not be empty').max(255);
