import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { fetchUserUrl, printableUrl } from './user-url-fetch';

export const REMOTE_FILE_ERROR = 'remote_file_upload_error';

/** Dify gives the GET fallback three seconds when only the headers are wanted. */
const GET_FALLBACK_TIMEOUT_MS = 3000;

export interface ProbedRemoteFile {
  response: Response;
  /** GET when HEAD was not answered with 200: the response then carries the body. */
  method: 'HEAD' | 'GET';
}

/**
 * A remote file's headers: HEAD first, and a GET when the server does not answer HEAD with 200
 * (many refuse HEAD). Both go through the SSRF guard; the GET's body is the caller's to read or cancel.
 */
export async function probeRemoteFile(deps: AppDeps, url: string, get: { maxBytes?: number; timeoutMs?: number } = {}): Promise<ProbedRemoteFile> {
  const head = await fetchUserUrl(deps, url, REMOTE_FILE_ERROR, { method: 'HEAD' });
  if (head.status === 200) return { response: head, method: 'HEAD' };
  await head.body?.cancel();
  return { response: await fetchUserUrl(deps, url, REMOTE_FILE_ERROR, { method: 'GET', ...get }), method: 'GET' };
}

export function assertFetched(response: Response, url: string): void {
  if (response.status === 200) return;
  throw errors.badRequest(REMOTE_FILE_ERROR, `Failed to fetch file from ${printableUrl(url)}: the server answered ${response.status}.`);
}

/** A URL as the web app sends it in a path, once or (for Dify, which decodes twice) twice encoded. */
export function urlFromPath(param: string): string {
  if (/^https?:\/\//i.test(param)) return param;
  try {
    const decoded = decodeURIComponent(param);
    if (/^https?:\/\//i.test(decoded)) return decoded;
  } catch {
    // keep the parameter as it came
  }
  return param;
}

/** `GET /api/remote-files/{url}`: what the web app shows before it offers the link as a file. */
export async function remoteFileInfo(deps: AppDeps, url: string): Promise<{ file_type: string; file_length: number }> {
  const { response } = await probeRemoteFile(deps, url, { timeoutMs: GET_FALLBACK_TIMEOUT_MS });
  await response.body?.cancel();
  assertFetched(response, url);
  const length = response.headers.get('content-length')?.trim();
  return {
    file_type: response.headers.get('content-type') || 'application/octet-stream',
    file_length: length && /^\d+$/.test(length) ? Number(length) : -1,
  };
}
