import { z } from 'zod';
import { zPageOf, zPageParams } from '../../../paging';
import { APP_MODES } from '@tessera/db';
import { UUID, zQueryBool } from '../../../validation';
import { route } from '../../meta';
import { ZAppPartial } from './app.schemas';

export const listAppsMeta = route({ method: 'GET', path: '/apps', tags: ['Apps'], summary: "List the workspace's apps, newest first" });

const zTagIds = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const ids = (value ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    if (ids.some((id) => !UUID.test(id))) {
      ctx.addIssue({ code: 'custom', message: 'must be comma-separated UUIDs' });
      return z.NEVER;
    }
    return ids;
  });

export const ZListAppsRequest = z.object({
  ...zPageParams,
  mode: z.enum([...APP_MODES, 'all']).default('all'),
  name: z.string().optional(),
  tag_ids: zTagIds,
  is_created_by_me: zQueryBool.optional(),
});

export const ZListAppsResponse = zPageOf(ZAppPartial);
