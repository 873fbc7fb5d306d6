import { type UploadFile } from '@tessera/db';
import { z } from 'zod';
import { type AppDeps } from '../../deps';
import { toUnixRequired } from '../../validation';
import { signedFilePreviewUrl } from './signed-url';

/** Dify's `FileResponse`, returned by every upload endpoint (console, web app, Service API). */
export const ZFileResponse = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  extension: z.string(),
  mime_type: z.string(),
  created_by: z.string(),
  created_at: z.number().int(),
  preview_url: z.string().nullable(),
  source_url: z.string().nullable(),
  original_url: z.string().nullable(),
  user_id: z.string().nullable(),
  tenant_id: z.string().nullable(),
  conversation_id: z.string().nullable(),
  file_key: z.string().nullable(),
}).meta({ id: 'FileResponse' });

export type TFileResponse = z.infer<typeof ZFileResponse>;

/** A normal upload: `source_url` is a fresh signed file-preview URL and the other URLs are null. */
export function toFileResponse(deps: Pick<AppDeps, 'config' | 'now' | 'urls'>, file: UploadFile): TFileResponse {
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    extension: file.extension,
    mime_type: file.mimeType,
    created_by: file.createdBy,
    created_at: toUnixRequired(file.createdAt),
    preview_url: null,
    source_url: signedFilePreviewUrl(deps, file.id),
    original_url: null,
    user_id: null,
    tenant_id: file.workspaceId,
    conversation_id: null,
    file_key: null,
  };
}
