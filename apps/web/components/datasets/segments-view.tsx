'use client';

import { useTranslations } from 'next-intl';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeftIcon, PencilIcon, PlusIcon, SearchIcon, SettingsIcon, Trash2Icon } from 'lucide-react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { LoadError } from '@/components/studio/shell/load-error';
import { FormError } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import { Pager } from '@/components/ui/pager';
import { errorMessage } from '@/lib/errors';
import { consoleFetch } from '@/lib/studio/console-fetch';
import { type RouterOutputs, useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace } from '@/lib/use-workspace';
import { resetOnClose } from '@/lib/utils';
import { useDatasetId } from './dataset-shell';
import { DocumentMetadata } from './document-metadata';
import { DocumentStatus } from './document-status';
import { canEditDatasets } from './permissions';
import { SegmentDialog, type SegmentValues } from './segment-dialog';
import { SegmentImport } from './segment-import';

type Segment = RouterOutputs['datasets']['listSegments']['data'][number];
const PAGE_SIZE = 20;

/** A parent chunk's children, each editable and deletable, and a field to add one. */
function ChildChunks({ datasetId, documentId, segment, canEdit, onChanged }: { datasetId: string; documentId: string; segment: Segment; canEdit: boolean; onChanged: () => Promise<unknown> }) {
  const t = useTranslations();
  const s = useTranslations('datasets.segments');
  const trpc = useTRPC();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: string; content: string } | null>(null);
  const path = { dataset_id: datasetId, document_id: documentId, segment_id: segment.id };
  const create = useMutation(trpc.datasets.createChildChunk.mutationOptions({ onSuccess: async () => { setDraft(''); await onChanged(); } }));
  const update = useMutation(trpc.datasets.updateChildChunk.mutationOptions({ onSuccess: async () => { setEditing(null); await onChanged(); } }));
  const remove = useMutation(trpc.datasets.deleteChildChunk.mutationOptions({ onSuccess: onChanged }));
  return (
    <div className="mt-3 grid gap-1.5 border-l-2 pl-3" data-testid="child-chunks">
      <p className="text-xs font-medium text-muted-foreground">{s('children')}</p>
      {segment.child_chunks.map((child) =>
        editing?.id === child.id ? (
          <form
            key={child.id}
            className="flex gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              update.mutate({ ...path, child_chunk_id: child.id, content: editing.content });
            }}
          >
            <Input aria-label={s('editChild', { n: child.position })} value={editing.content} onChange={(e) => setEditing({ id: child.id, content: e.target.value })} />
            <Button type="submit" size="sm" disabled={!editing.content.trim() || update.isPending}>
              {t('common.save')}
            </Button>
          </form>
        ) : (
          <div key={child.id} className="flex items-start gap-2 text-xs" data-testid="child-chunk">
            <span className="text-muted-foreground">C-{child.position}</span>
            <span className="min-w-0 flex-1 break-words">{child.content}</span>
            {canEdit ? (
              <>
                <IconButton label={s('editChild', { n: child.position })} onClick={() => setEditing({ id: child.id, content: child.content })}>
                  <PencilIcon />
                </IconButton>
                <IconButton label={s('deleteChild', { n: child.position })} onClick={() => remove.mutate({ ...path, child_chunk_id: child.id })}>
                  <Trash2Icon />
                </IconButton>
              </>
            ) : null}
          </div>
        ),
      )}
      {canEdit ? (
        <form
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (draft.trim()) create.mutate({ ...path, content: draft.trim() });
          }}
        >
          <Input aria-label={s('addChild')} placeholder={s('addChild')} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <Button type="submit" size="sm" variant="outline" disabled={!draft.trim() || create.isPending}>
            <PlusIcon />
          </Button>
        </form>
      ) : null}
      <FormError>{create.error ?? update.error ?? remove.error ? errorMessage(t, create.error ?? update.error ?? remove.error) : ''}</FormError>
    </div>
  );
}

export function SegmentsView() {
  const t = useTranslations();
  const s = useTranslations('datasets.segments');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const datasetId = useDatasetId();
  const { documentId } = useParams<{ documentId: string }>();
  const workspace = useCurrentWorkspace();
  const canEdit = canEditDatasets(workspace.data?.role);
  const [search, setSearch] = useState('');
  const [keyword, setKeyword] = useState('');
  const [enabled, setEnabled] = useState<'all' | 'true' | 'false'>('all');
  const [page, setPage] = useState(1);
  useEffect(() => {
    const timer = setTimeout(() => {
      setKeyword(search.trim());
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);
  const doc = useQuery(trpc.datasets.getDocument.queryOptions({ dataset_id: datasetId, document_id: documentId }));
  const segments = useQuery({
    ...trpc.datasets.listSegments.queryOptions({
      dataset_id: datasetId,
      document_id: documentId,
      page,
      limit: PAGE_SIZE,
      ...(keyword ? { keyword } : {}),
      ...(enabled !== 'all' ? { enabled: enabled === 'true' } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.datasets.listSegments.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.datasets.getDocument.pathKey() })]);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Segment | null>(null);
  const [deleting, setDeleting] = useState<Segment | null>(null);
  const [toggleError, setToggleError] = useState<unknown>(null);
  const create = useMutation(trpc.datasets.createSegment.mutationOptions({ onSuccess: async () => { setAdding(false); await refresh(); } }));
  const update = useMutation(trpc.datasets.updateSegment.mutationOptions({ onSuccess: async () => { setEditing(null); await refresh(); } }));
  const remove = useMutation(trpc.datasets.deleteSegments.mutationOptions({ onSuccess: async () => { setDeleting(null); await refresh(); } }));
  const docForm = segments.data?.doc_form ?? 'text_model';
  const detail = doc.data as { name?: string; display_status?: string; doc_metadata?: { id: string; name: string; value: string | number | null }[] } | undefined;

  async function toggle(segment: Segment, on: boolean) {
    setToggleError(null);
    try {
      await consoleFetch(`/datasets/${datasetId}/documents/${documentId}/segment/${on ? 'enable' : 'disable'}?segment_id=${segment.id}`, { method: 'PATCH' });
      await refresh();
    } catch (error) {
      setToggleError(error);
    }
  }
  const toValues = (segment: Segment): SegmentValues => ({ content: segment.content, answer: segment.answer ?? '', keywords: segment.keywords });
  const pages = segments.data ? Math.max(1, Math.ceil(segments.data.total / PAGE_SIZE)) : 1;

  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_18rem] *:min-w-0">
      <div className="grid content-start gap-4">
        <div className="flex min-w-0 items-center gap-2">
          <Link href={`/datasets/${datasetId}/documents`} aria-label={t('datasets.nav.documents')} className="rounded-md p-1 text-muted-foreground hover:bg-accent">
            <ArrowLeftIcon className="size-4" />
          </Link>
          <h2 className="min-w-0 flex-1 truncate text-base font-semibold" data-testid="document-title">
            {detail?.name ?? ''}
          </h2>
          {detail?.display_status ? <DocumentStatus status={detail.display_status} /> : null}
          {canEdit && detail?.display_status === 'available' ? (
            <Button variant="outline" size="sm" asChild>
              <Link href={`/datasets/${datasetId}/documents/${documentId}/settings`} data-testid="segments-reprocess">
                <SettingsIcon />
                {t('datasets.docs.reprocess')}
              </Link>
            </Button>
          ) : null}
        </div>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <div className="relative w-full sm:w-64">
            <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input type="search" className="pl-9" placeholder={s('search')} aria-label={s('search')} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="segment-search" />
          </div>
          <Select value={enabled} onValueChange={(value) => { setEnabled(value as typeof enabled); setPage(1); }}>
            <SelectTrigger className="w-full sm:w-36" aria-label={t('datasets.docs.status')}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="all">{s('all')}</SelectItem>
              <SelectItem value="true">{t('datasets.status.enabled')}</SelectItem>
              <SelectItem value="false">{t('datasets.status.disabled')}</SelectItem>
            </SelectContent>
          </Select>
          <span className="text-sm text-muted-foreground sm:ml-auto" data-testid="segment-count">
            {segments.data ? s('count', { n: segments.data.total }) : ''}
          </span>
          {canEdit ? (
            <Button variant="outline" onClick={() => setAdding(true)} data-testid="add-segment">
              <PlusIcon />
              {s('add')}
            </Button>
          ) : null}
          {canEdit && detail?.display_status === 'available' ? <SegmentImport datasetId={datasetId} documentId={documentId} qa={docForm === 'qa_model'} onImported={refresh} /> : null}
        </div>
        <FormError>{toggleError ? errorMessage(t, toggleError) : ''}</FormError>
        {segments.error && !segments.data ? (
          <LoadError error={segments.error} onRetry={() => void segments.refetch()} />
        ) : (segments.data?.data.length ?? 0) === 0 && !segments.isLoading ? (
          <p className="rounded-xl border border-dashed p-8 text-center text-sm text-muted-foreground">{s('empty')}</p>
        ) : (
          <ol className="grid gap-3" data-testid="segment-list">
            {(segments.data?.data ?? []).map((segment) => (
              <li key={segment.id} className="rounded-xl border bg-card p-4" data-testid="segment-card" data-enabled={segment.enabled ? 'true' : 'false'}>
                <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                  <span className="font-medium text-foreground">{s('chunk', { n: segment.position })}</span>
                  <span>{s('characters', { n: segment.word_count })}</span>
                  <span>{s('hits', { n: segment.hit_count })}</span>
                  <span className="ml-auto flex items-center gap-1">
                    {canEdit ? (
                      <>
                        <IconButton label={s('edit')} onClick={() => setEditing(segment)} data-testid="segment-edit">
                          <PencilIcon />
                        </IconButton>
                        <IconButton label={t('common.delete')} onClick={() => setDeleting(segment)} data-testid="segment-delete">
                          <Trash2Icon />
                        </IconButton>
                      </>
                    ) : null}
                    <Switch checked={segment.enabled} disabled={!canEdit} onCheckedChange={(on) => void toggle(segment, on)} aria-label={s('toggle', { n: segment.position })} data-testid="segment-enabled" />
                  </span>
                </div>
                {docForm === 'qa_model' ? (
                  <div className="grid gap-1 text-sm">
                    <p>
                      <span className="font-medium">Q </span>
                      {segment.content}
                    </p>
                    <p className="text-muted-foreground">
                      <span className="font-medium text-foreground">A </span>
                      {segment.answer}
                    </p>
                  </div>
                ) : (
                  <p className="text-sm whitespace-pre-wrap break-words" data-testid="segment-content-text">
                    {segment.content}
                  </p>
                )}
                {segment.keywords.length ? (
                  <div className="mt-2 flex flex-wrap gap-1">
                    {segment.keywords.map((keyword) => (
                      <Badge key={keyword} variant="outline" className="font-normal">
                        #{keyword}
                      </Badge>
                    ))}
                  </div>
                ) : null}
                {docForm === 'hierarchical_model' ? <ChildChunks datasetId={datasetId} documentId={documentId} segment={segment} canEdit={canEdit} onChanged={refresh} /> : null}
              </li>
            ))}
          </ol>
        )}
        {segments.data && pages > 1 ? (
          <Pager page={page} pages={pages} hasMore={Boolean(segments.data.has_more)} onPage={setPage} />
        ) : null}
      </div>
      <DocumentMetadata datasetId={datasetId} documentId={documentId} values={detail?.doc_metadata ?? []} canEdit={canEdit} />

      <SegmentDialog
        open={adding}
        title={s('add')}
        initial={null}
        qa={docForm === 'qa_model'}
        pending={create.isPending}
        error={create.error}
        onOpenChange={resetOnClose(() => setAdding(false), create)}
        onSubmit={(values) => create.mutate({ dataset_id: datasetId, document_id: documentId, content: values.content, ...(docForm === 'qa_model' ? { answer: values.answer } : {}), keywords: values.keywords })}
      />
      <SegmentDialog
        open={editing !== null}
        title={s('edit')}
        initial={editing ? toValues(editing) : null}
        qa={docForm === 'qa_model'}
        pending={update.isPending}
        error={update.error}
        onOpenChange={resetOnClose(() => setEditing(null), update)}
        onSubmit={(values) =>
          editing &&
          update.mutate({ dataset_id: datasetId, document_id: documentId, segment_id: editing.id, content: values.content, ...(docForm === 'qa_model' ? { answer: values.answer } : {}), keywords: values.keywords })
        }
      />
      <ConfirmDialog
        testId="delete-segment-dialog"
        open={deleting !== null}
        title={s('deleteTitle')}
        description={s('deleteDescription')}
        confirmLabel={t('common.delete')}
        pending={remove.isPending}
        error={remove.error}
        onOpenChange={resetOnClose(() => setDeleting(null), remove)}
        onConfirm={() => deleting && remove.mutate({ dataset_id: datasetId, document_id: documentId, segment_id: [deleting.id] })}
      />
    </div>
  );
}
