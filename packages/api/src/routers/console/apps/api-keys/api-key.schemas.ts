import { z } from 'zod';
import { zTimestamp } from '../../../../validation';

export const ZApiKey = z
  .object({
    id: z.string(),
    type: z.literal('app'),
    /** The full key in the create answer; the stored hint (`app-abcd…WXYZ`) everywhere else. */
    token: z.string(),
    last_used_at: zTimestamp.nullable(),
    created_at: zTimestamp,
  })
  .meta({ id: 'AppApiKey' });
