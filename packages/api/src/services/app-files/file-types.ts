import { FILE_TYPES, type PromptFileType } from '@tessera/app-engine';
import { isDocumentExtension } from '@tessera/extract';
import { AUDIO_EXTENSIONS, IMAGE_EXTENSIONS, VIDEO_EXTENSIONS } from '../files/upload-limits';

export const isFileType = (value: unknown): value is PromptFileType => FILE_TYPES.includes(value as PromptFileType);

/**
 * Dify's `standardize_file_type`: the extension's family first, then the MIME type's, else custom.
 * `extension` is lower case without the dot.
 */
export function detectFileType(extension: string, mimeType: string): PromptFileType {
  if (IMAGE_EXTENSIONS.includes(extension)) return 'image';
  if (VIDEO_EXTENSIONS.includes(extension)) return 'video';
  if (AUDIO_EXTENSIONS.includes(extension)) return 'audio';
  if (isDocumentExtension(extension)) return 'document';
  const type = mimeType.toLowerCase();
  if (type.includes('image')) return 'image';
  if (type.includes('video')) return 'video';
  if (type.includes('audio')) return 'audio';
  if (type.includes('text') || type.includes('pdf')) return 'document';
  return 'custom';
}
