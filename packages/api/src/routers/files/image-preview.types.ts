import { SIGNED_FILE_RESPONSES } from './signed-query';

export const imagePreviewDocs = {
  tags: ['Files'],
  summary: 'Show an uploaded image through a signed URL (deprecated)',
  description:
    "Dify's older image route, signed with the `image-preview` prefix. Images only; SVG and images whose type " +
    'and extension disagree are sent as downloads, as on `file-preview`.',
  deprecated: true,
};

export const IMAGE_PREVIEW_RESPONSES = {
  ...SIGNED_FILE_RESPONSES,
  200: { description: 'The image', content: { 'image/*': { schema: { type: 'string', format: 'binary' } } } },
  415: { description: 'The file is not an image' },
};
