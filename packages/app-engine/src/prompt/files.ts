import type { ModelFeature, ModelTarget, PromptContentPart } from '@tessera/model-runtime';

export type PromptFileType = 'image' | 'document' | 'audio' | 'video' | 'custom';

/** A file attached to a request, ready to hand to a model: a URL it can fetch, or its bytes in base64. */
export interface PromptFile {
  type: PromptFileType;
  url?: string;
  base64Data?: string;
  mimeType?: string;
  filename?: string;
}

const FEATURE_FOR: Partial<Record<PromptFileType, ModelFeature>> = {
  image: 'vision',
  document: 'document',
  audio: 'audio',
  video: 'video',
};

/**
 * The content parts for files the model can read (images need `vision`, documents `document`, and so on);
 * others are left out rather than sent to a model that would refuse the whole request.
 */
export function filesAsContentParts(files: PromptFile[], target: ModelTarget, imageDetail: 'low' | 'high' = 'low'): PromptContentPart[] {
  const features = new Set(target.definition.features);
  return files.flatMap((file): PromptContentPart[] => {
    const feature = FEATURE_FOR[file.type];
    if (!feature || !features.has(feature) || (!file.url && !file.base64Data)) return [];
    const type = file.type as 'image' | 'document' | 'audio' | 'video';
    return [
      {
        type,
        ...(file.url ? { url: file.url } : { base64_data: file.base64Data }),
        ...(file.mimeType ? { mime_type: file.mimeType, format: file.mimeType.split('/')[1] } : {}),
        ...(file.filename ? { filename: file.filename } : {}),
        ...(type === 'image' ? { detail: imageDetail } : {}),
      },
    ];
  });
}

/** A user message carrying text and file parts, or plain text when there are no parts. */
export function userMessageContent(text: string, parts: PromptContentPart[], filesFirst = false): string | PromptContentPart[] {
  if (parts.length === 0) return text;
  const textPart: PromptContentPart = { type: 'text', data: text };
  return filesFirst ? [...parts, textPart] : [textPart, ...parts];
}
