import { SIGNED_QUERY_PARAMETERS } from './signed-query';

export const imagePreviewOpenApi = {
  tags: ['Files'],
  summary: 'Show an uploaded image through a signed URL (deprecated)',
  description:
    "Dify's older image route, signed with the `image-preview` prefix. Images only; SVG and images whose type " +
    'and extension disagree are sent as downloads, as on `file-preview`.',
  deprecated: true,
  security: [],
  parameters: [{ name: 'file_id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }, ...SIGNED_QUERY_PARAMETERS],
  responses: {
    200: { description: 'The image', content: { 'image/*': { schema: { type: 'string', format: 'binary' } } } },
    400: { description: 'A signature parameter is missing' },
    404: { description: 'File not found or signature is invalid' },
    415: { description: 'The file is not an image' },
  },
};
