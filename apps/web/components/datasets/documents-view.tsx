'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArchiveIcon, ArchiveRestoreIcon, GlobeIcon, MoreHorizontalIcon, PauseIcon, PencilIcon, PlayIcon, PlusIcon, RotateCcwIcon, SearchIcon, SettingsIcon, Trash2Icon } from 'lucide-react';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { LoadError } from '@/components/studio/shell/load-error';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Switch } from '@/components/ui/switch';
import { Pager } from '@/components/ui/pager';
import { labelFor } from '@/lib/i18n/label-for';
import { errorMessage } from '@/lib/errors';
import { consoleFetch } from '@/lib/studio/console-fetch';
import { type RouterOutputs, useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace } from '@/lib/use-workspace';
import { formatTimestamp, resetOnClose } from '@/lib/utils';
import { useDatasetId } from './dataset-shell';
import { DocumentStatus, ProgressBar, RUNNING_STATUSES } from './document-status';
import { canEditDatasets } from './permissions';

type DocumentRow = RouterOutputs['datasets']['listDocuments']['data'][number];
const PAGE_SIZE = 20;

/** A running document's progress, polled from its indexing-status route until it is final. */
function RowProgress({ datasetId, doc, onFinished }: { datasetId: string; doc: DocumentRow; onFinished: () => void }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const status = useQuery({
    ...trpc.datasets.documentIndexingStatus.queryOptions({ dataset_id: datasetId, document_id: doc.id }),
    refetchInterval: (query) => (query.state.data && !RUNNING_STATUSES.includes(query.state.data.indexing_status) ? false : 1500),
  });
  const finished = status.data && !RUNNING_STATUSES.includes(status.data.indexing_status);
  useEffect(() => {
    if (finished) onFinished();
  }, [finished, onFinished]);
  const done = status.data?.completed_segments ?? 0;
  const total = status.data?.total_segments ?? 0;
  return (
    <div className="mt-1 grid gap-0.5" data-testid="document-progress">
      <ProgressBar done={done} total={total} label={t('datasets.docs.progress', { done, total })} />
      <span className="text-xs text-muted-foreground">{t('datasets.docs.progress', { done, total })}</span>
    </div>
  );
}

export function DocumentsView() {
  const t = useTranslations();
  const format = useFormatter();
  const d = useTranslations('datasets.docs');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const datasetId = useDatasetId();
  const workspace = useCurrentWorkspace();
  const canEdit = canEditDatasets(workspace.data?.role);
  const [search, setSearch] = useState('');
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState(1);
  useEffect(() => {
    const timer = setTimeout(() => {
      setKeyword(search.trim());
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);
  const list = useQuery({
    ...trpc.datasets.listDocuments.queryOptions({ dataset_id: datasetId, page, limit: PAGE_SIZE, ...(keyword ? { keyword } : {}) }),
    placeholderData: keepPreviousData,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.datasets.listDocuments.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.datasets.get.pathKey() }),
    ]);
  const [actionError, setActionError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState<DocumentRow | null>(null);
  const [renaming, setRenaming] = useState<DocumentRow | null>(null);
  const [newName, setNewName] = useState('');
  const remove = useMutation(trpc.datasets.deleteDocument.mutationOptions({ onSuccess: async () => { setDeleting(null); await refresh(); } }));
  const rename = useMutation(trpc.datasets.renameDocument.mutationOptions({ onSuccess: async () => { setRenaming(null); await refresh(); } }));
  const retry = useMutation(trpc.datasets.retryDocuments.mutationOptions({ onSuccess: refresh, onError: setActionError }));
  const pause = useMutation(trpc.datasets.pauseDocument.mutationOptions({ onSuccess: refresh, onError: setActionError }));
  const resume = useMutation(trpc.datasets.resumeDocument.mutationOptions({ onSuccess: refresh, onError: setActionError }));

  async function setStatus(action: 'enable' | 'disable' | 'archive' | 'un_archive', doc: DocumentRow) {
    setActionError(null);
    try {
      await consoleFetch(`/datasets/${datasetId}/documents/status/${action}/batch?document_id=${doc.id}`, { method: 'PATCH' });
      await refresh();
    } catch (error) {
      setActionError(error);
    }
  }

  const rows = list.data?.data ?? [];
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  return (
    <div className="grid gap-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div className="relative w-full sm:w-64">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input type="search" className="pl-9" placeholder={d('search')} aria-label={d('search')} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="document-search" />
        </div>
        {canEdit ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="outline" asChild>
              <Link href={`/datasets/${datasetId}/documents/create-from-website`} data-testid="sync-from-website">
                <GlobeIcon />
                {t('datasets.wizard.websiteSync')}
              </Link>
            </Button>
            <Button asChild>
              <Link href={`/datasets/${datasetId}/documents/create`} data-testid="add-documents">
                <PlusIcon />
                {d('add')}
              </Link>
            </Button>
          </div>
        ) : null}
      </div>
      <FormError>{actionError ? errorMessage(t, actionError) : ''}</FormError>
      {list.error && !list.data ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 && !list.isLoading ? (
        <p className="rounded-xl border border-dashed p-8 text-center text-sm text-muted-foreground" data-testid="documents-empty">
          {d('empty')}
        </p>
      ) : (
        <div className="relative overflow-x-auto rounded-xl border">
          <table className="w-full min-w-[640px] text-sm" data-testid="documents-table">
            <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
              <tr>
                <th className="px-3 py-2 font-medium">#</th>
                <th className="px-3 py-2 font-medium">{d('name')}</th>
                <th className="px-3 py-2 font-medium">{d('chunkMode')}</th>
                <th className="px-3 py-2 font-medium">{d('words')}</th>
                <th className="px-3 py-2 font-medium">{d('hits')}</th>
                <th className="px-3 py-2 font-medium">{d('uploadedAt')}</th>
                <th className="px-3 py-2 font-medium">{d('status')}</th>
                <th className="px-3 py-2 font-medium">{d('enabled')}</th>
                <th className="px-3 py-2 font-medium">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((doc, i) => {
                const status = doc.display_status ?? doc.indexing_status;
                const running = RUNNING_STATUSES.includes(status) || RUNNING_STATUSES.includes(doc.indexing_status);
                return (
                  <tr key={doc.id} className="border-t" data-testid="document-row" data-document-id={doc.id}>
                    <td className="px-3 py-2 text-muted-foreground">{(page - 1) * PAGE_SIZE + i + 1}</td>
                    <td className="max-w-64 px-3 py-2">
                      <Link href={`/datasets/${datasetId}/documents/${doc.id}`} className="block truncate font-medium hover:underline" data-testid="document-link">
                        {doc.name}
                      </Link>
                      {running ? <RowProgress datasetId={datasetId} doc={doc} onFinished={() => void refresh()} /> : null}
                      {doc.error ? <p className="truncate text-xs text-destructive" title={doc.error}>{doc.error}</p> : null}
                    </td>
                    <td className="px-3 py-2">{labelFor(d, `forms.${doc.doc_form}`, doc.doc_form)}</td>
                    <td className="px-3 py-2">{format.number(doc.word_count ?? 0)}</td>
                    <td className="px-3 py-2">{format.number(doc.hit_count ?? 0)}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-muted-foreground">{formatTimestamp(format, doc.created_at)}</td>
                    <td className="px-3 py-2">
                      <DocumentStatus status={status} />
                    </td>
                    <td className="px-3 py-2">
                      <Switch
                        checked={doc.enabled}
                        disabled={!canEdit || doc.archived || doc.indexing_status !== 'completed'}
                        onCheckedChange={(on) => void setStatus(on ? 'enable' : 'disable', doc)}
                        aria-label={d('toggle', { name: doc.name })}
                        data-testid="document-enabled"
                      />
                    </td>
                    <td className="px-3 py-2">
                      {canEdit ? (
                        <DropdownMenu>
                          <DropdownMenuTrigger asChild>
                            <IconButton label={d('rowActions', { name: doc.name })} data-testid="document-menu">
                              <MoreHorizontalIcon />
                            </IconButton>
                          </DropdownMenuTrigger>
                          <DropdownMenuContent align="end">
                            <DropdownMenuItem
                              onSelect={() => {
                                setNewName(doc.name);
                                setRenaming(doc);
                              }}
                            >
                              <PencilIcon />
                              {d('rename')}
                            </DropdownMenuItem>
                            {doc.indexing_status === 'error' ? (
                              <DropdownMenuItem onSelect={() => retry.mutate({ dataset_id: datasetId, document_ids: [doc.id] })} data-testid="document-retry">
                                <RotateCcwIcon />
                                {d('retry')}
                              </DropdownMenuItem>
                            ) : null}
                            {doc.indexing_status === 'completed' && !doc.archived ? (
                              <DropdownMenuItem asChild>
                                <Link href={`/datasets/${datasetId}/documents/${doc.id}/settings`} data-testid="document-reprocess">
                                  <SettingsIcon />
                                  {d('reprocess')}
                                </Link>
                              </DropdownMenuItem>
                            ) : null}
                            {running && status !== 'paused' ? (
                              <DropdownMenuItem onSelect={() => pause.mutate({ dataset_id: datasetId, document_id: doc.id })}>
                                <PauseIcon />
                                {d('pause')}
                              </DropdownMenuItem>
                            ) : null}
                            {status === 'paused' ? (
                              <DropdownMenuItem onSelect={() => resume.mutate({ dataset_id: datasetId, document_id: doc.id })}>
                                <PlayIcon />
                                {d('resume')}
                              </DropdownMenuItem>
                            ) : null}
                            <DropdownMenuItem onSelect={() => void setStatus(doc.archived ? 'un_archive' : 'archive', doc)} data-testid="document-archive">
                              {doc.archived ? <ArchiveRestoreIcon /> : <ArchiveIcon />}
                              {doc.archived ? d('unArchive') : d('archive')}
                            </DropdownMenuItem>
                            <DropdownMenuSeparator />
                            <DropdownMenuItem variant="destructive" onSelect={() => setDeleting(doc)} data-testid="document-delete">
                              <Trash2Icon />
                              {t('common.delete')}
                            </DropdownMenuItem>
                          </DropdownMenuContent>
                        </DropdownMenu>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {list.data && pages > 1 ? (
        <Pager page={page} pages={pages} hasMore={Boolean(list.data.has_more)} onPage={setPage} />
      ) : null}
      <ConfirmDialog
        testId="delete-document-dialog"
        open={deleting !== null}
        title={d('deleteTitle')}
        description={deleting ? d('deleteDescription', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        pending={remove.isPending}
        error={remove.error}
        onOpenChange={resetOnClose(() => setDeleting(null), remove)}
        onConfirm={() => deleting && remove.mutate({ dataset_id: datasetId, document_id: deleting.id })}
      />
      <Dialog open={renaming !== null} onOpenChange={resetOnClose(() => setRenaming(null), rename)}>
        <DialogContent closeLabel={t('common.close')}>
          <DialogHeader>
            <DialogTitle>{d('rename')}</DialogTitle>
          </DialogHeader>
          <form
            className="grid gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              if (renaming && newName.trim()) rename.mutate({ dataset_id: datasetId, document_id: renaming.id, name: newName.trim() });
            }}
          >
            <Input aria-label={d('name')} value={newName} maxLength={255} onChange={(e) => setNewName(e.target.value)} />
            <FormError>{rename.error ? errorMessage(t, rename.error) : ''}</FormError>
            <Button type="submit" disabled={rename.isPending || !newName.trim()}>
              {t('common.save')}
            </Button>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  );
}
