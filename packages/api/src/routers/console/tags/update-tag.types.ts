import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZTag, zTagName } from './tag.schemas';

export const updateTagMeta = route({ method: 'PATCH', path: '/tags/{tag_id}', tags: ['Tags'], summary: 'Rename a tag' });
export const ZUpdateTagRequest = z.object({ tag_id: zId, name: zTagName });
export const ZUpdateTagResponse = ZTag;
