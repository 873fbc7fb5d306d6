import { type FileOwner } from '../app-files/file-owner';
import { type RequestFile } from '../app-files/prompt-file-content';
import { type GenerationRequest } from './types';

/** Whose uploads a request may name: the end user's own (and operators'), or an operator's. */
export function fileOwner(request: GenerationRequest): FileOwner {
  const { app, owner } = request;
  return owner.kind === 'end_user'
    ? { kind: 'end_user', workspaceId: app.workspaceId, appId: app.appId, endUserId: owner.endUserId }
    : { kind: 'account', workspaceId: app.workspaceId, accountId: owner.accountId };
}

function isRequestFile(value: unknown): value is RequestFile {
  return typeof value === 'object' && value !== null && 'transferMethod' in value && 'filename' in value;
}

/** Dify's file dict, as conversations and messages keep file inputs (never the file's bytes). */
function fileDict(file: RequestFile, workspaceId: string): Record<string, unknown> {
  return {
    dify_model_identity: '__dify__file__',
    id: file.uploadFileId,
    tenant_id: workspaceId,
    type: file.type,
    transfer_method: file.transferMethod,
    remote_url: file.remoteUrl,
    related_id: file.uploadFileId,
    filename: file.filename,
    extension: file.extension,
    mime_type: file.mimeType,
    size: file.size,
  };
}

/** Inputs as they are stored: file values become Dify's file dicts. */
export function storedInputs(inputs: Record<string, unknown>, workspaceId = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(inputs)) {
    if (isRequestFile(value)) out[key] = fileDict(value, workspaceId);
    else if (Array.isArray(value) && value.every(isRequestFile)) out[key] = value.map((file) => fileDict(file, workspaceId));
    else out[key] = value;
  }
  return out;
}
