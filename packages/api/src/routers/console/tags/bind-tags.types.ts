import { z } from 'zod';
import { RESULT_SUCCESS, zId } from '../../../validation';
import { route } from '../../meta';
import { zTagType } from './tag.schemas';

export const bindTagsMeta = route({ method: 'POST', path: '/tag-bindings/create', tags: ['Tags'], summary: 'Bind tags to an app' });
/** Dify 1.12's canonical path for the same action; older clients call `/tag-bindings/create`. */
export const bindTagsCollectionMeta = route({ method: 'POST', path: '/tag-bindings', tags: ['Tags'], summary: 'Bind tags to an app' });
export const ZBindTagsRequest = z.object({ tag_ids: z.array(zId).max(100), target_id: zId, type: zTagType });
export const ZBindTagsResponse = RESULT_SUCCESS;
