import { type UploadLimits } from '../../config';

/** Dify's extension classes for size limits (lower case; extensions are lower-cased before lookup). */
export const IMAGE_EXTENSIONS: readonly string[] = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'svg'];
export const VIDEO_EXTENSIONS: readonly string[] = ['mp4', 'mov', 'mpeg', 'webm'];
export const AUDIO_EXTENSIONS: readonly string[] = ['mp3', 'm4a', 'wav', 'amr', 'mpga'];

const MB = 1024 * 1024;

export function isImageExtension(extension: string): boolean {
  return IMAGE_EXTENSIONS.includes(extension.toLowerCase());
}

/** The size limit in MB for a file with this (lower-case) extension: image, video, audio or any other file. */
export function sizeLimitMb(limits: UploadLimits, extension: string): number {
  if (IMAGE_EXTENSIONS.includes(extension)) return limits.imageFileSizeLimitMb;
  if (VIDEO_EXTENSIONS.includes(extension)) return limits.videoFileSizeLimitMb;
  if (AUDIO_EXTENSIONS.includes(extension)) return limits.audioFileSizeLimitMb;
  return limits.fileSizeLimitMb;
}

/** The largest file any upload may carry, whatever its class: the cap on how much of a body is read. */
export function largestUploadBytes(limits: UploadLimits): number {
  return Math.max(limits.fileSizeLimitMb, limits.imageFileSizeLimitMb, limits.videoFileSizeLimitMb, limits.audioFileSizeLimitMb) * MB;
}

export function bytesFromMb(mb: number): number {
  return mb * MB;
}

/** The upload settings the console and web apps read before uploading (Dify's `UploadConfig`). */
export function uploadConfig(limits: UploadLimits) {
  return {
    file_size_limit: limits.fileSizeLimitMb,
    batch_count_limit: limits.batchCountLimit,
    file_upload_limit: limits.fileUploadLimit,
    image_file_size_limit: limits.imageFileSizeLimitMb,
    video_file_size_limit: limits.videoFileSizeLimitMb,
    audio_file_size_limit: limits.audioFileSizeLimitMb,
    workflow_file_upload_limit: limits.workflowFileUploadLimit,
    image_file_batch_limit: limits.imageFileBatchLimit,
    single_chunk_attachment_limit: limits.singleChunkAttachmentLimit,
    attachment_image_file_size_limit: limits.attachmentImageFileSizeLimitMb,
  };
}
