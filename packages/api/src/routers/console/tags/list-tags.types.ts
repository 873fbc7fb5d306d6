import { z } from 'zod';
import { route } from '../../meta';
import { ZTag } from './tag.schemas';

export const listTagsMeta = route({ method: 'GET', path: '/tags', tags: ['Tags'], summary: "The workspace's tags of one type, newest first, with binding counts" });
export const ZListTagsRequest = z.object({
  type: z.enum(['app', 'knowledge', '']).optional(),
  keyword: z.string().max(255).optional(),
});
export const ZListTagsResponse = z.array(ZTag);
