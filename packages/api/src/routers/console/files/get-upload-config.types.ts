import { z } from 'zod';
import { route } from '../../meta';

export const getUploadConfigMeta = route({
  method: 'GET',
  path: '/files/upload',
  tags: ['Files'],
  summary: 'Upload limits: sizes in MB by file type and counts per batch',
});

export const ZGetUploadConfigResponse = z.object({
  file_size_limit: z.number(),
  batch_count_limit: z.number(),
  file_upload_limit: z.number(),
  image_file_size_limit: z.number(),
  video_file_size_limit: z.number(),
  audio_file_size_limit: z.number(),
  workflow_file_upload_limit: z.number(),
  image_file_batch_limit: z.number(),
  single_chunk_attachment_limit: z.number(),
  attachment_image_file_size_limit: z.number(),
});
