import { z } from 'zod';
import { route } from '../../meta';

export const getFilePreviewMeta = route({
  method: 'GET',
  path: '/files/{file_id}/preview',
  tags: ['Files'],
  summary: 'The first 3000 characters of an uploaded document',
});

export const ZGetFilePreviewRequest = z.object({ file_id: z.string() });
export const ZGetFilePreviewResponse = z.object({ content: z.string() });
