import { z } from 'zod';
import { route } from '../../meta';
import { ZTag, zTagName, zTagType } from './tag.schemas';

export const createTagMeta = route({ method: 'POST', path: '/tags', tags: ['Tags'], summary: 'Create a tag' });
export const ZCreateTagRequest = z.object({ name: zTagName, type: zTagType });
export const ZCreateTagResponse = ZTag;
