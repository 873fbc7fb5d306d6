'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { ArrowRightIcon } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { useTRPC } from '@/lib/trpc';
import { DocumentStatus, ProgressBar, RUNNING_STATUSES } from './document-status';

/** Step 3: each document's live progress, polled from the batch's indexing status until all are final. */
export function ProcessStep({ datasetId, batch, names }: { datasetId: string; batch: string; names: Record<string, string> }) {
  const t = useTranslations();
  const w = useTranslations('datasets.wizard');
  const trpc = useTRPC();
  const status = useQuery({
    ...trpc.datasets.batchIndexingStatus.queryOptions({ dataset_id: datasetId, batch }),
    refetchInterval: (query) => (query.state.data?.data.some((d) => RUNNING_STATUSES.includes(d.indexing_status)) === false ? false : 1500),
  });
  return (
    <div className="grid gap-4">
      <div>
        <h2 className="font-medium">{w('processing')}</h2>
        <p className="text-sm text-muted-foreground">{w('processingHint')}</p>
      </div>
      <ul className="grid gap-2" data-testid="process-list">
        {(status.data?.data ?? []).map((doc) => (
          <li key={doc.id} className="grid gap-1.5 rounded-lg border bg-card px-3 py-2" data-testid="process-item">
            <div className="flex items-center gap-2 text-sm">
              <span className="min-w-0 flex-1 truncate">{names[doc.id] ?? doc.id}</span>
              <DocumentStatus status={doc.indexing_status === 'completed' ? 'available' : doc.indexing_status} />
            </div>
            <ProgressBar done={doc.completed_segments} total={doc.total_segments} label={names[doc.id] ?? doc.id} />
            <p className="text-xs text-muted-foreground">{t('datasets.docs.progress', { done: doc.completed_segments, total: doc.total_segments })}</p>
            {typeof doc.error === 'string' && doc.error ? <p className="text-xs text-destructive">{doc.error}</p> : null}
          </li>
        ))}
      </ul>
      <div>
        <Button asChild data-testid="open-dataset">
          <Link href={`/datasets/${datasetId}/documents`}>
            {w('openDataset')}
            <ArrowRightIcon />
          </Link>
        </Button>
      </div>
    </div>
  );
}
