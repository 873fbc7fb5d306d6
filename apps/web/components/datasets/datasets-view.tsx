'use client';

import { useTranslations } from 'next-intl';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DatabaseIcon, PlusIcon, SearchIcon } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PageHeader } from '@/components/console/page-header';
import { LoadError } from '@/components/studio/shell/load-error';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Pager } from '@/components/ui/pager';
import { useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace } from '@/lib/use-workspace';
import { resetOnClose } from '@/lib/utils';
import { canEditDatasets } from './permissions';
import { DatasetCard, type DatasetAction, type DatasetSummary } from './dataset-card';
import { KnowledgeTagsDialog } from './knowledge-tags-dialog';
import { useDatasetFilters } from './use-dataset-filters';

const PAGE_SIZE = 30;

export function DatasetsView() {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const workspace = useCurrentWorkspace();
  const canEdit = canEditDatasets(workspace.data?.role);
  const [filters, setFilters] = useDatasetFilters();
  const [search, setSearch] = useState(filters.keyword);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search.trim() !== filters.keyword) setFilters({ keyword: search.trim() });
    }, 300);
    return () => clearTimeout(timer);
  }, [search, filters.keyword, setFilters]);
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [filters.keyword, filters.tagId]);

  const list = useQuery({
    ...trpc.datasets.list.queryOptions({
      page,
      limit: PAGE_SIZE,
      ...(filters.keyword ? { keyword: filters.keyword } : {}),
      ...(filters.tagId ? { tag_ids: [filters.tagId] } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const tags = useQuery(trpc.tags.list.queryOptions({ type: 'knowledge' }));
  const [deleting, setDeleting] = useState<DatasetSummary | null>(null);
  const [tagsFor, setTagsFor] = useState<DatasetSummary | null>(null);
  const remove = useMutation(
    trpc.datasets.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await queryClient.invalidateQueries({ queryKey: trpc.datasets.list.pathKey() });
      },
    }),
  );
  const onAction = (action: DatasetAction, dataset: DatasetSummary) => {
    if (action === 'delete') setDeleting(dataset);
    else if (action === 'tags') setTagsFor(dataset);
    else router.push(`/datasets/${dataset.id}/settings`);
  };

  const data = list.data;
  const rows = data?.data ?? [];
  const pages = data ? Math.max(1, Math.ceil(data.total / (data.limit || PAGE_SIZE))) : 1;
  const filtered = Boolean(filters.keyword || filters.tagId);

  return (
    <div className="grid grid-cols-1 gap-6 *:min-w-0">
      <PageHeader title={t('datasets.title')} description={t('datasets.description')}>
        {canEdit ? (
          <Button asChild data-testid="create-dataset">
            <Link href="/datasets/create">
              <PlusIcon />
              {t('datasets.create')}
            </Link>
          </Button>
        ) : null}
      </PageHeader>

      <div className="flex w-full flex-col gap-2 sm:flex-row sm:justify-end">
        <Select value={filters.tagId || 'all'} onValueChange={(value) => setFilters({ tagId: value === 'all' ? '' : value })}>
          <SelectTrigger className="w-full sm:w-40" aria-label={t('studio.tags.filter')} data-testid="dataset-tag-filter">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">{t('studio.tags.all')}</SelectItem>
            {(tags.data ?? []).map((tag) => (
              <SelectItem key={tag.id} value={tag.id} data-tag={tag.name}>
                {tag.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <div className="relative w-full sm:w-64">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input type="search" className="pl-9" placeholder={t('datasets.search')} aria-label={t('datasets.search')} data-testid="dataset-search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
      </div>

      {list.error && !list.data ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isLoading ? (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className="h-44 animate-pulse rounded-xl border bg-muted/60" />
          ))}
        </div>
      ) : rows.length === 0 ? (
        <div className="flex flex-col items-center justify-center rounded-xl border border-dashed bg-card px-6 py-16 text-center" data-testid="datasets-empty">
          <DatabaseIcon className="mb-3 size-10 text-muted-foreground/60" />
          <p className="font-medium">{filtered ? t('datasets.noMatches') : t('datasets.empty')}</p>
          {!filtered ? <p className="mt-1 text-sm text-muted-foreground">{t('datasets.emptyHint')}</p> : null}
        </div>
      ) : (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" data-testid="dataset-list">
          {rows.map((dataset) => (
            <DatasetCard key={dataset.id} dataset={dataset} canEdit={canEdit} onAction={onAction} />
          ))}
        </div>
      )}

      {data && pages > 1 ? (
        <Pager page={page} pages={pages} hasMore={Boolean(data.has_more)} onPage={setPage} />
      ) : null}

      <ConfirmDialog
        testId="delete-dataset-dialog"
        open={deleting !== null}
        title={t('datasets.deleteTitle')}
        description={deleting ? t('datasets.deleteDescription', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        pending={remove.isPending}
        error={remove.error}
        onOpenChange={resetOnClose(() => setDeleting(null), remove)}
        onConfirm={() => deleting && remove.mutate({ dataset_id: deleting.id })}
      />
      <KnowledgeTagsDialog dataset={tagsFor} onOpenChange={(open) => !open && setTagsFor(null)} />
    </div>
  );
}
