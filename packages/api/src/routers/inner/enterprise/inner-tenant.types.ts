import { z } from 'zod';

/** The workspace as Dify's inner API answers it (ISO timestamps ending in Z). */
export const ZInnerWorkspaceResponse = z.object({
  message: z.literal('enterprise workspace created.'),
  tenant: z.object({
    id: z.string(),
    name: z.string(),
    plan: z.string(),
    status: z.string(),
    custom_config: z.record(z.string(), z.unknown()).nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  }),
});

export const ZInnerWorkspaceName = z.string().trim().min(1, 'must not be empty').max(255);
