export const filePreviewDocs = {
  tags: ['Files'],
  summary: 'Download an uploaded file through a signed URL',
  description:
    'Streams the file behind a signed `file-preview` URL (valid for FILES_ACCESS_TIMEOUT seconds). ' +
    'Only raster images, PDF, audio, video and plain text are shown inline, and only when the stored type ' +
    'and the extension agree; every other file is sent as a download. Every answer is sandboxed ' +
    '(`Content-Security-Policy: sandbox`, `nosniff`). One byte range per request is served (206, or 416 past the end).',
};
