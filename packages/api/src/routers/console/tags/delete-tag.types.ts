import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';

export const deleteTagMeta = route({
  method: 'DELETE',
  path: '/tags/{tag_id}',
  tags: ['Tags'],
  summary: 'Delete a tag and its bindings',
  successDescription: 'Deleted (HTTP 204)',
});
export const ZDeleteTagRequest = z.object({ tag_id: zId });
