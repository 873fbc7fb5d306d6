'use client';

import { useCallback, useState } from 'react';
import { type FileUploadSettings, type RequestFile, type UploadedFile } from '@/lib/webapp/types';
import { type WebApi } from '@/lib/webapp/web-api';

export interface Attachment {
  key: string;
  name: string;
  preview?: string;
  status: 'uploading' | 'done' | 'failed';
  file?: RequestFile;
}

function fileKind(mime: string): RequestFile['type'] {
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('audio/')) return 'audio';
  if (mime.startsWith('video/')) return 'video';
  return 'document';
}

const ACCEPT: Record<string, string> = { image: 'image/*', audio: 'audio/*', video: 'video/*', document: '.pdf,.txt,.md,.markdown,.html,.csv,.docx,.xlsx,.json' };

/** What the app lets visitors attach (Dify's old `image` settings or the newer file types), or undefined. */
export function uploadRules(settings: FileUploadSettings | undefined): { accept: string; limit: number } | undefined {
  if (!settings) return undefined;
  if (settings.enabled && settings.allowed_file_types?.length) {
    const extensions = settings.allowed_file_extensions?.join(',') ?? '';
    const accept = settings.allowed_file_types.map((type) => (type === 'custom' ? extensions : (ACCEPT[type] ?? ''))).filter(Boolean).join(',');
    return { accept, limit: settings.number_limits ?? 3 };
  }
  if (settings.image?.enabled) return { accept: 'image/*', limit: settings.image.number_limits ?? 3 };
  return undefined;
}

/** Files picked in the composer, uploaded at once, sent with the next message. */
export function useAttachments(api: WebApi) {
  const [items, setItems] = useState<Attachment[]>([]);

  const add = useCallback(
    (files: FileList | File[]) => {
      for (const file of Array.from(files)) {
        const key = `${file.name}-${file.size}-${Math.random()}`;
        const preview = file.type.startsWith('image/') ? URL.createObjectURL(file) : undefined;
        setItems((list) => [...list, { key, name: file.name, preview, status: 'uploading' }]);
        const form = new FormData();
        form.append('file', file);
        api
          .upload<UploadedFile>('/files/upload', form)
          .then((uploaded) =>
            setItems((list) =>
              list.map((item) =>
                item.key === key
                  ? { ...item, status: 'done', file: { type: fileKind(uploaded.mime_type || file.type), transfer_method: 'local_file', upload_file_id: uploaded.id } }
                  : item,
              ),
            ),
          )
          .catch(() => setItems((list) => list.map((item) => (item.key === key ? { ...item, status: 'failed' } : item))));
      }
    },
    [api],
  );

  const remove = useCallback((key: string) => setItems((list) => list.filter((item) => item.key !== key)), []);
  const clear = useCallback(() => setItems([]), []);
  const ready = items.filter((item) => item.status === 'done' && item.file);
  return { items, add, remove, clear, ready, uploading: items.some((item) => item.status === 'uploading') };
}
