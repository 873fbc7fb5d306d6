import { z } from 'zod';
import { RESULT_SUCCESS, zId } from '../../../validation';
import { route } from '../../meta';
import { zTagType } from './tag.schemas';

export const unbindTagsMeta = route({ method: 'POST', path: '/tag-bindings/remove', tags: ['Tags'], summary: 'Remove tags from an app' });

/** Dify 1.12 sends `tag_ids`; older clients send one `tag_id`. Either is accepted. */
export const ZUnbindTagsRequest = z
  .object({ tag_ids: z.array(zId).min(1).max(100).optional(), tag_id: zId.optional(), target_id: zId, type: zTagType })
  .refine((body) => body.tag_ids !== undefined || body.tag_id !== undefined, { message: 'tag_ids or tag_id is required', path: ['tag_ids'] });
export const ZUnbindTagsResponse = RESULT_SUCCESS;
