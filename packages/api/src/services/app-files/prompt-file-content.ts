import { type PromptFile, type PromptFileType } from '@tessera/app-engine';
import { type ModelFeature } from '@tessera/model-runtime';
import { FileNotFoundError } from '@tessera/storage';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { signedFilePreviewUrl } from '../files/signed-url';
import { bytesFromMb, sizeLimitMb } from '../files/upload-limits';
import { type DescribedFile, type TransferMethod } from './describe-file-input';
import { fetchUserUrl, readUserUrlBody } from './user-url-fetch';

/**
 * A request file ready for a prompt (a `PromptFile`) with what the message_files row and the
 * answer's `message_files` need: how it came, the upload behind it or its link.
 */
export interface RequestFile extends PromptFile {
  type: PromptFileType;
  filename: string;
  mimeType: string;
  transferMethod: TransferMethod;
  extension: string;
  size: number;
  uploadFileId: string | null;
  remoteUrl: string | null;
}

const TYPE_FOR_FEATURE: Partial<Record<ModelFeature, PromptFileType>> = {
  vision: 'image',
  document: 'document',
  audio: 'audio',
  video: 'video',
};

/** The file types whose content is worth loading: what the model can read, or every readable type when unknown. */
export function readableTypes(features?: readonly ModelFeature[]): ReadonlySet<PromptFileType> {
  if (!features) return new Set<PromptFileType>(['image', 'document', 'audio', 'video']);
  return new Set(features.flatMap((feature) => TYPE_FOR_FEATURE[feature] ?? []));
}

async function uploadBytes(deps: AppDeps, file: DescribedFile): Promise<Uint8Array> {
  try {
    return await deps.storage.get(file.upload!.key);
  } catch (error) {
    if (error instanceof FileNotFoundError) throw errors.invalidParam('Invalid upload file');
    throw error;
  }
}

/** A linked file's bytes, through the guard again and capped at the upload limit of its kind. */
async function remoteBytes(deps: AppDeps, file: DescribedFile): Promise<Uint8Array> {
  const url = file.remoteUrl!;
  const maxBytes = bytesFromMb(sizeLimitMb(deps.config.upload, file.extension));
  const response = await fetchUserUrl(deps, url, 'invalid_param', { method: 'GET', maxBytes });
  if (response.status !== 200) {
    await response.body?.cancel();
    throw errors.invalidParam(`Failed to fetch file from ${url}: the server answered ${response.status}.`);
  }
  return readUserUrlBody(response, url, 'invalid_param');
}

/**
 * Content the model can use: with MULTIMODAL_SEND_FORMAT=base64 (the default) the bytes, since a
 * provider can rarely reach this server; with `url` a signed link to the upload, or the remote link.
 */
async function content(deps: AppDeps, file: DescribedFile): Promise<Pick<PromptFile, 'url' | 'base64Data'>> {
  if (deps.config.multimodalSendFormat === 'url') {
    return { url: file.upload ? signedFilePreviewUrl(deps, file.upload.id) : file.remoteUrl! };
  }
  const bytes = file.upload ? await uploadBytes(deps, file) : await remoteBytes(deps, file);
  return { base64Data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

export async function toRequestFile(deps: AppDeps, file: DescribedFile, loadContent: boolean): Promise<RequestFile> {
  return {
    type: file.type,
    filename: file.filename,
    mimeType: file.mimeType,
    transferMethod: file.transferMethod,
    extension: file.extension,
    size: file.size,
    uploadFileId: file.upload?.id ?? null,
    remoteUrl: file.remoteUrl ?? null,
    ...(loadContent ? await content(deps, file) : {}),
  };
}
