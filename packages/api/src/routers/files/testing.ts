import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { uploadFiles } from '@tessera/db';
import { type TestApp, type TestResponse } from '../../testing';

/** Helpers for upload tests on every surface. */

export interface RawPart {
  name: string;
  filename?: string;
  contentType?: string;
  data?: Uint8Array | string;
}

export const BOUNDARY = 'tessera-test-boundary-7d1f';

/** A multipart body written by hand, for parts the FormData encoder cannot produce (no Content-Type, odd names). */
export function rawMultipart(parts: RawPart[]): Uint8Array<ArrayBuffer> {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if (part.filename !== undefined) head += `; filename="${part.filename}"`;
    head += '\r\n';
    if (part.contentType) head += `Content-Type: ${part.contentType}\r\n`;
    chunks.push(Buffer.from(`${head}\r\n`, 'utf8'), Buffer.from(part.data ?? ''), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

export const MULTIPART_HEADERS = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

export interface UploadOptions {
  name: string;
  data: Uint8Array | string;
  type?: string;
  source?: string;
  token?: string;
  path?: string;
}

/** Uploads one file the way a browser does (FormData) and returns the response. */
export function upload(app: TestApp, options: UploadOptions): Promise<TestResponse> {
  const form = new FormData();
  const data = typeof options.data === 'string' ? new TextEncoder().encode(options.data) : new Uint8Array(options.data);
  form.append('file', new Blob([data], options.type ? { type: options.type } : {}), options.name);
  if (options.source !== undefined) form.append('source', options.source);
  return app.request('POST', options.path ?? '/console/api/files/upload', { body: form, token: options.token });
}

/** Files stored for a workspace on the local store (tests use local storage). */
export async function storedFiles(app: TestApp, workspaceId: string): Promise<string[]> {
  const storage = app.deps.config.storage;
  if (storage.type !== 'local') throw new Error('upload tests expect local storage');
  try {
    return await readdir(path.join(storage.root, 'upload_files', workspaceId));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function uploadRows(app: TestApp, workspaceId: string) {
  return app.deps.db.select().from(uploadFiles).where(eq(uploadFiles.workspaceId, workspaceId));
}

/** The path and query of a signed URL, ready for `app.request`. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
