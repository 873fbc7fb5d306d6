import { consoleAccessToken } from '@/lib/studio/console-token';

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  extension: string;
}

/** Dify's error envelope of a failed upload. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Uploads one file to the console's `POST /files/upload` for a knowledge base, reporting progress
 * (0–100) as the browser sends it; fetch cannot report upload progress, so this uses XHR.
 */
export async function uploadDatasetFile(file: File, onProgress: (percent: number) => void): Promise<UploadedFile> {
  const token = await consoleAccessToken().catch(() => null);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/console/api/files/upload');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: { id?: string; code?: string; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        body = {};
      }
      if (xhr.status === 201 && body.id) resolve(body as UploadedFile);
      else reject(new UploadError(body.code ?? 'upload_failed', body.message ?? xhr.statusText));
    };
    xhr.onerror = () => reject(new UploadError('network', 'Network error'));
    const form = new FormData();
    form.append('file', file);
    form.append('source', 'datasets');
    xhr.send(form);
  });
}
