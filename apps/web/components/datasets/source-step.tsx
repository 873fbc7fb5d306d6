'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { FileIcon, GlobeIcon, UploadCloudIcon, XIcon } from 'lucide-react';
import Link from 'next/link';
import { type DragEvent, useRef, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { useTRPC } from '@/lib/trpc';
import { cn } from '@/lib/utils';
import { ProgressBar } from './document-status';
import { type UploadedFile, uploadDatasetFile } from './upload-file';

export interface PendingFile {
  key: string;
  name: string;
  size: number;
  progress: number;
  uploaded: UploadedFile | null;
  error: string | null;
}

export type SourceKind = 'upload' | 'text';

export interface SourceState {
  kind: SourceKind;
  files: PendingFile[];
  textName: string;
  text: string;
}

export const EMPTY_SOURCE: SourceState = { kind: 'upload', files: [], textName: '', text: '' };

/** Step 1: files dropped or chosen (uploaded at once, each with its progress), or pasted text. */
export function SourceStep({ value, onChange, datasetId }: { value: SourceState; onChange: (update: (current: SourceState) => SourceState) => void; datasetId?: string }) {
  const w = useTranslations('datasets.wizard');
  const trpc = useTRPC();
  const config = useQuery(trpc.files.uploadConfig.queryOptions());
  const support = useQuery(trpc.files.supportType.queryOptions());
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const maxMb = config.data?.file_size_limit ?? 15;
  const batch = config.data?.batch_count_limit ?? 5;
  const allowed = new Set((support.data?.allowed_extensions ?? []).map((ext) => ext.toLowerCase()));
  const shownTypes = [...allowed].map((ext) => ext.toUpperCase()).join(', ');

  function setFile(key: string, change: Partial<PendingFile>) {
    onChange((current) => ({ ...current, files: current.files.map((f) => (f.key === key ? { ...f, ...change } : f)) }));
  }

  function add(list: FileList | File[]) {
    setProblem(null);
    const chosen = [...list];
    if (chosen.length > batch) {
      setProblem(w('tooMany', { count: batch }));
      return;
    }
    for (const file of chosen) {
      const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
      if (allowed.size > 0 && !allowed.has(ext)) {
        setProblem(w('badType', { name: file.name }));
        continue;
      }
      if (file.size > maxMb * 1024 * 1024) {
        setProblem(w('tooLarge', { name: file.name, mb: maxMb }));
        continue;
      }
      const key = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
      onChange((current) => ({ ...current, files: [...current.files, { key, name: file.name, size: file.size, progress: 0, uploaded: null, error: null }] }));
      uploadDatasetFile(file, (progress) => setFile(key, { progress }))
        .then((uploaded) => setFile(key, { uploaded, progress: 100 }))
        .catch((error: Error) => setFile(key, { error: error.message || w('uploadFailed') }));
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length) add(event.dataTransfer.files);
  };

  return (
    <div className="grid gap-4">
      <div role="tablist" aria-label={w('steps.source')} className="flex flex-wrap gap-2">
        {(['upload', 'text'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            role="tab"
            aria-selected={value.kind === kind}
            onClick={() => onChange((current) => ({ ...current, kind }))}
            data-testid={`source-${kind}`}
            className={cn('rounded-lg border px-3 py-2 text-sm', value.kind === kind ? 'border-primary bg-primary/5 text-primary' : 'hover:bg-accent')}
          >
            {kind === 'upload' ? w('upload') : w('paste')}
          </button>
        ))}
        {datasetId ? (
          <Link href={`/datasets/${datasetId}/documents/create-from-website`} className="inline-flex items-center gap-1.5 rounded-lg border px-3 py-2 text-sm hover:bg-accent" data-testid="source-website">
            <GlobeIcon className="size-4" />
            {w('websiteSync')}
          </Link>
        ) : null}
      </div>

      {value.kind === 'upload' ? (
        <>
          <div
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            className={cn('flex flex-col items-center justify-center gap-2 rounded-xl border border-dashed bg-card px-4 py-10 text-center', dragging && 'border-primary bg-primary/5')}
            data-testid="upload-dropzone"
          >
            <UploadCloudIcon className="size-8 text-muted-foreground" />
            <p className="text-sm">
              {w('drop')}{' '}
              <button type="button" className="font-medium text-primary underline-offset-4 hover:underline" onClick={() => input.current?.click()}>
                {w('browse')}
              </button>
            </p>
            <p className="text-xs text-muted-foreground">{w('limits', { types: shownTypes || 'TXT, MD, PDF, DOCX, HTML, CSV', mb: maxMb, count: batch })}</p>
            <input
              ref={input}
              type="file"
              multiple
              className="sr-only"
              aria-label={w('upload')}
              data-testid="upload-input"
              accept={[...allowed].map((ext) => `.${ext}`).join(',')}
              onChange={(event) => {
                if (event.target.files) add(event.target.files);
                event.target.value = '';
              }}
            />
          </div>
          <FormError>{problem ?? ''}</FormError>
          {value.files.length > 0 ? (
            <ul className="grid gap-2" data-testid="upload-list">
              {value.files.map((file) => (
                <li key={file.key} className="grid gap-1.5 rounded-lg border bg-card px-3 py-2" data-testid="upload-item" data-uploaded={file.uploaded ? 'true' : 'false'}>
                  <div className="flex items-center gap-2 text-sm">
                    <FileIcon className="size-4 shrink-0 text-muted-foreground" />
                    <span className="min-w-0 flex-1 truncate">{file.name}</span>
                    <span className="text-xs text-muted-foreground">{file.error ? w('uploadFailed') : `${file.progress}%`}</span>
                    <IconButton label={w('remove', { name: file.name })} onClick={() => onChange((current) => ({ ...current, files: current.files.filter((f) => f.key !== file.key) }))}>
                      <XIcon />
                    </IconButton>
                  </div>
                  {file.error ? <p className="text-xs text-destructive">{file.error}</p> : <ProgressBar done={file.progress} total={100} label={file.name} />}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <div className="grid gap-3">
          <div className="grid gap-2">
            <Label htmlFor="text-name">{w('textName')}</Label>
            <Input id="text-name" maxLength={200} value={value.textName} onChange={(e) => onChange((current) => ({ ...current, textName: e.target.value }))} data-testid="text-name" />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="text-content">{w('textContent')}</Label>
            <Textarea
              id="text-content"
              rows={10}
              placeholder={w('textPlaceholder')}
              value={value.text}
              onChange={(e) => onChange((current) => ({ ...current, text: e.target.value }))}
              data-testid="text-content"
            />
          </div>
        </div>
      )}
    </div>
  );
}

/** Whether step 1 holds something to index: every chosen file uploaded, or a named text. */
export function sourceReady(value: SourceState): boolean {
  if (value.kind === 'text') return value.textName.trim().length > 0 && value.text.trim().length > 0;
  return value.files.length > 0 && value.files.every((f) => f.uploaded || f.error) && value.files.some((f) => f.uploaded);
}
