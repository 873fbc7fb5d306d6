import { TRANSFER_METHODS, type PromptFileType } from '@tessera/app-engine';
import { type UploadFile } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { UUID } from '../../validation';
import { findUsableUpload, type FileOwner } from './file-owner';
import { type FileRules, fitsRulesBeforeLookup } from './file-rules';
import { detectFileType, isFileType } from './file-types';
import { nameFromUrl, remoteFileFacts } from './remote-file-facts';
import { fetchUserUrl } from './user-url-fetch';

export type TransferMethod = (typeof TRANSFER_METHODS)[number];

/** One FileInput entry, looked up: what the rules are checked against and what a prompt and a message_files row need. */
export interface DescribedFile {
  /** The type the request declared, `custom` when it declared none: what the rules check. */
  declaredType: PromptFileType;
  /** The declared type, or the detected one when none was declared. */
  type: PromptFileType;
  transferMethod: TransferMethod;
  filename: string;
  /** Lower case, without the dot. */
  extension: string;
  mimeType: string;
  /** Bytes; -1 when a remote server did not say. */
  size: number;
  /** The stored upload behind `local_file` (and `remote_url` given with an upload id). */
  upload?: UploadFile;
  /** The link behind `remote_url`. */
  remoteUrl?: string;
}

const invalid = (message: string) => errors.invalidParam(message);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Dify drops entries without a transfer method, and `remote_url` ones without a URL, before anything else. */
export function isUsableEntry(entry: unknown): entry is Record<string, unknown> {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const record = entry as Record<string, unknown>;
  if (!text(record.transfer_method)) return false;
  return record.transfer_method !== 'remote_url' || Boolean(text(record.url) ?? text(record.remote_url));
}

async function usableUpload(deps: AppDeps, owner: FileOwner, id: unknown): Promise<UploadFile> {
  const fileId = text(id);
  if (!fileId) throw invalid('Invalid upload file id');
  if (!UUID.test(fileId)) throw invalid('Invalid upload file id format');
  const upload = await findUsableUpload(deps.db, owner, fileId);
  if (!upload) throw invalid('Invalid upload file');
  return upload;
}

function fromUpload(upload: UploadFile, declared: PromptFileType | undefined, transferMethod: TransferMethod): DescribedFile {
  return {
    declaredType: declared ?? 'custom',
    type: declared ?? detectFileType(upload.extension, upload.mimeType),
    transferMethod,
    filename: upload.name,
    extension: upload.extension,
    mimeType: upload.mimeType,
    size: upload.size,
    upload,
  };
}

export const validationFailed = (filename: string) => invalid(`File validation failed for file: ${filename}`);

/**
 * Name, size and type of a linked file from a HEAD through the SSRF guard. A link whose declared
 * type or transfer method the rules refuse is not fetched at all. A refused address or an
 * unreachable server is the request's error; a server that does not answer HEAD with 200 leaves what
 * the URL itself says, as in Dify.
 */
async function fromRemoteUrl(deps: AppDeps, url: string, declared: PromptFileType | undefined, rules: FileRules): Promise<DescribedFile> {
  if (!/^https?:\/\//i.test(url)) throw invalid('Invalid file url');
  if (!fitsRulesBeforeLookup(rules, { declaredType: declared ?? 'custom', transferMethod: 'remote_url' })) {
    throw validationFailed(nameFromUrl(url) || 'unknown_file');
  }
  const head = await fetchUserUrl(deps, url, 'invalid_param', { method: 'HEAD' });
  await head.body?.cancel();
  const facts = remoteFileFacts(url, head.status === 200 ? head.headers : undefined);
  return {
    declaredType: declared ?? 'custom',
    type: declared ?? detectFileType(facts.extension, facts.mimeType),
    transferMethod: 'remote_url',
    filename: facts.filename,
    extension: facts.extension,
    mimeType: facts.mimeType,
    size: facts.size,
    remoteUrl: url,
  };
}

/**
 * Looks one FileInput entry up (§4.2), with Dify's messages for what does not resolve. `rules` only
 * spare fetching links they refuse; the caller checks the described file against them.
 */
export async function describeFileInput(deps: AppDeps, owner: FileOwner, rules: FileRules, entry: Record<string, unknown>): Promise<DescribedFile> {
  const method = entry.transfer_method;
  if (!text(method)) throw invalid('transfer_method is required in file mapping');
  if (!TRANSFER_METHODS.includes(method as TransferMethod)) throw invalid(`Invalid file transfer method: ${String(method)}`);
  const rawType = entry.type;
  if (rawType !== undefined && rawType !== null && rawType !== '' && !isFileType(rawType)) {
    throw invalid(`'${String(rawType)}' is not a valid FileType`);
  }
  const declared = isFileType(rawType) ? rawType : undefined;
  switch (method as TransferMethod) {
    case 'local_file':
      return fromUpload(await usableUpload(deps, owner, entry.upload_file_id), declared, 'local_file');
    case 'remote_url':
      if (text(entry.upload_file_id)) return fromUpload(await usableUpload(deps, owner, entry.upload_file_id), declared, 'remote_url');
      return fromRemoteUrl(deps, text(entry.url) ?? text(entry.remote_url) ?? '', declared, rules);
    case 'datasource_file': {
      const upload = UUID.test(text(entry.datasource_file_id) ?? '')
        ? await findUsableUpload(deps.db, owner, text(entry.datasource_file_id)!)
        : undefined;
      if (!upload) throw invalid(`DatasourceFile ${String(entry.datasource_file_id ?? null)} not found`);
      return fromUpload(upload, declared, 'datasource_file');
    }
    case 'tool_file':
      // Tool files are made by an app's tools during a run; a request can only name one it was given,
      // and none is kept yet, so every id is unknown.
      throw invalid(`ToolFile ${String(entry.tool_file_id ?? null)} not found`);
  }
}
