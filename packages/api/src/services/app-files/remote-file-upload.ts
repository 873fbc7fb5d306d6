import { type UploadFile } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { type AppError, errors } from '../../errors';
import { fileExtension } from '../files/filename';
import { signedFilePreviewUrl } from '../files/signed-url';
import { bytesFromMb, largestUploadBytes, sizeLimitMb } from '../files/upload-limits';
import { toUnixRequired } from '../../validation';
import { type AppEndUser, storeEndUserUpload } from './end-user-upload';
import { remoteFileFacts } from './remote-file-facts';
import { assertFetched, probeRemoteFile, REMOTE_FILE_ERROR } from './remote-file-info';
import { fetchUserUrl, readUserUrlBody } from './user-url-fetch';

/** Dify's answer to a remote upload: fewer fields than FileResponse, and the signed link as `url`. */
export interface RemoteUploadResponse {
  id: string;
  name: string;
  size: number;
  extension: string;
  url: string;
  mime_type: string;
  created_by: string;
  created_at: number;
}

function tooLarge(limitMb: number): AppError {
  return errors.payloadTooLarge('file_too_large', `File size exceeded. The limit for this type of file is ${limitMb} MB.`);
}

/** Dify gives a name without an extension the one its type suggests, or `.bin`. */
function nameWithExtension(filename: string, extension: string): string {
  return fileExtension(filename) ? filename : `${filename}.${extension || 'bin'}`;
}

/**
 * `POST /api/remote-files/upload`: fetches the URL through the SSRF guard and stores it as the end
 * user's upload. A declared size over the limit is refused before the body is fetched; the body is
 * read with the limit as its cap, so a server that lies about its size is cut off too.
 */
export async function uploadRemoteFile(deps: AppDeps, endUser: AppEndUser, url: string): Promise<UploadFile> {
  const probe = await probeRemoteFile(deps, url, { maxBytes: largestUploadBytes(deps.config.upload) });
  if (probe.response.status !== 200) await probe.response.body?.cancel();
  assertFetched(probe.response, url);
  const facts = remoteFileFacts(url, probe.response.headers);
  const filename = nameWithExtension(facts.filename, facts.extension);
  const limitMb = sizeLimitMb(deps.config.upload, fileExtension(filename));
  if (facts.size > bytesFromMb(limitMb)) {
    await probe.response.body?.cancel();
    throw tooLarge(limitMb);
  }
  let body = probe.response;
  if (probe.method === 'HEAD') {
    body = await fetchUserUrl(deps, url, REMOTE_FILE_ERROR, { method: 'GET', maxBytes: bytesFromMb(limitMb) });
    if (body.status !== 200) await body.body?.cancel();
    assertFetched(body, url);
  }
  const data = await readUserUrlBody(body, url, REMOTE_FILE_ERROR);
  return storeEndUserUpload(deps, endUser, { filename, data, mimeType: facts.mimeType });
}

export function toRemoteUploadResponse(deps: Pick<AppDeps, 'config' | 'now' | 'urls'>, file: UploadFile): RemoteUploadResponse {
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    extension: file.extension,
    url: signedFilePreviewUrl(deps, file.id),
    mime_type: file.mimeType,
    created_by: file.createdBy,
    created_at: toUnixRequired(file.createdAt),
  };
}
