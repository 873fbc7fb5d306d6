'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { UploadIcon } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/errors';
import { consoleFetch } from '@/lib/studio/console-fetch';
import { useTRPC } from '@/lib/trpc';
import { uploadDatasetFile } from './upload-file';

type Phase = 'uploading' | 'waiting' | 'processing' | 'completed' | 'error';

/**
 * The chunks page's batch import: pick a CSV, upload it, start the import job and follow its
 * status until it finishes, then refresh the chunk list.
 */
export function SegmentImport({ datasetId, documentId, qa, onImported }: { datasetId: string; documentId: string; qa: boolean; onImported: () => Promise<unknown> }) {
  const t = useTranslations();
  const s = useTranslations('datasets.segments');
  const trpc = useTRPC();
  const input = useRef<HTMLInputElement>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const status = useQuery({
    ...trpc.datasets.segmentImportStatus.queryOptions({ job_id: jobId ?? '' }),
    enabled: jobId !== null,
    refetchInterval: (query) => (['completed', 'error'].includes(query.state.data?.job_status ?? '') ? false : 1000),
  });
  const jobStatus = status.data?.job_status;

  useEffect(() => {
    if (!jobStatus) return;
    setPhase(jobStatus);
    if (jobStatus === 'completed') void onImported();
    if (jobStatus === 'completed' || jobStatus === 'error') setJobId(null);
  }, [jobStatus, onImported]);

  async function start(file: File) {
    setFailure(null);
    setPhase('uploading');
    try {
      const uploaded = await uploadDatasetFile(file, () => {});
      const response = await consoleFetch(`/datasets/${datasetId}/documents/${documentId}/segments/batch_import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ upload_file_id: uploaded.id }),
      });
      const job = (await response.json()) as { job_id: string };
      setPhase('waiting');
      setJobId(job.job_id);
    } catch (error) {
      setPhase(null);
      setFailure(error);
    }
  }

  const busy = phase === 'uploading' || phase === 'waiting' || phase === 'processing';
  return (
    <div className="grid gap-1">
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        className="sr-only"
        aria-label={s('batchImport')}
        data-testid="segment-import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void start(file);
        }}
      />
      <Button variant="outline" disabled={busy} onClick={() => input.current?.click()} title={s('batchImportHint', { qa: String(qa) })} data-testid="segment-import">
        <UploadIcon />
        {s('batchImport')}
      </Button>
      {phase ? (
        <p className={phase === 'error' ? 'text-xs text-destructive' : 'text-xs text-muted-foreground'} role="status" data-testid="segment-import-status" data-status={phase}>
          {s(`importStatus.${phase}`)}
        </p>
      ) : null}
      <FormError>{failure ? errorMessage(t, failure) : ''}</FormError>
    </div>
  );
}
