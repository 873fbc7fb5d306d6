'use client';

import { useTranslations } from 'next-intl';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeftIcon, DatabaseIcon, FileTextIcon, SearchCheckIcon, SettingsIcon } from 'lucide-react';
import Link from 'next/link';
import { useSelectedLayoutSegment } from 'next/navigation';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { labelFor } from '@/lib/i18n/label-for';
import { type RouterOutputs, useTRPC } from '@/lib/trpc';
import { cn } from '@/lib/utils';

export type DatasetDetail = RouterOutputs['datasets']['get'];

const DatasetIdContext = createContext<string>('');

/** The dataset of the page, kept fresh by React Query under the server's first copy. */
export function useDataset() {
  const id = useContext(DatasetIdContext);
  const trpc = useTRPC();
  return useQuery(trpc.datasets.get.queryOptions({ dataset_id: id }));
}

export function useDatasetId() {
  return useContext(DatasetIdContext);
}

const SECTIONS = [
  { key: 'documents', icon: FileTextIcon },
  { key: 'hit-testing', icon: SearchCheckIcon },
  { key: 'settings', icon: SettingsIcon },
] as const;

export function DatasetShell({ initial, children }: { initial: DatasetDetail; children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useState(() => queryClient.setQueryData(trpc.datasets.get.queryKey({ dataset_id: initial.id }), initial));
  return (
    <DatasetIdContext.Provider value={initial.id}>
      <div className="grid grid-cols-1 gap-4 *:min-w-0">
        <DatasetHeader fallback={initial} />
        {children}
      </div>
    </DatasetIdContext.Provider>
  );
}

function DatasetHeader({ fallback }: { fallback: DatasetDetail }) {
  const t = useTranslations();
  const dataset = useDataset().data ?? fallback;
  const segment = useSelectedLayoutSegment();
  const technique = dataset.indexing_technique ? labelFor(t, `datasets.technique.${dataset.indexing_technique}`, '') : '';
  const labels = { documents: t('datasets.nav.documents'), 'hit-testing': t('datasets.nav.hitTesting'), settings: t('datasets.nav.settings') };
  return (
    <div className="grid gap-3 border-b pb-3">
      <div className="flex min-w-0 items-center gap-3">
        <Link href="/datasets" aria-label={t('datasets.back')} className="rounded-md p-1 text-muted-foreground hover:bg-accent" data-testid="dataset-back">
          <ArrowLeftIcon className="size-4" />
        </Link>
        <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-primary/10 text-primary">
          <DatabaseIcon className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-lg font-semibold" data-testid="dataset-name">
            {dataset.name}
          </h1>
          <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
            {technique ? <Badge variant="secondary">{technique}</Badge> : null}
            <span>{t('datasets.documents', { n: dataset.document_count })}</span>
            <span>{t('datasets.words', { n: dataset.word_count })}</span>
          </div>
        </div>
      </div>
      <nav aria-label={t('datasets.nav.sections')} className="relative -mx-1 flex gap-1 overflow-x-auto px-1">
        {SECTIONS.map(({ key, icon: Icon }) => {
          const active = segment === key;
          return (
            <Link
              key={key}
              href={`/datasets/${dataset.id}/${key}`}
              data-testid={`dataset-nav-${key}`}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground',
                active && 'bg-card text-primary shadow-xs ring-1 ring-border',
              )}
            >
              <Icon className="size-4" />
              {labels[key]}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
