'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DownloadIcon, PencilIcon, Trash2Icon, UploadIcon } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { FormError, Notice } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/errors';
import { consoleFetch } from '@/lib/studio/console-fetch';
import { useTRPC } from '@/lib/trpc';
import { formatTimestamp } from '@/lib/utils';
import { LoadError } from '../shell/load-error';
import { annotationsCsv, downloadText } from './annotation-csv';
import { AnnotationReplySettings } from './annotation-reply-settings';

type ImportJob = { id: string; count: number };

/** The app's annotations: search, edit, delete, CSV import (a job) and export, and reply settings. */
export function AnnotationsPanel({ appId, appName }: { appId: string; appName: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const a = useTranslations('studio.annotations');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState(1);
  const list = useQuery({ ...trpc.annotations.list.queryOptions({ app_id: appId, page, limit: 20, keyword: keyword.trim() }), placeholderData: keepPreviousData });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.annotations.pathKey() });
  const [editing, setEditing] = useState<{ id: string; question: string; answer: string } | null>(null);
  const update = useMutation(trpc.annotations.update.mutationOptions({ onSuccess: async () => { setEditing(null); await refresh(); } }));
  const remove = useMutation(trpc.annotations.delete.mutationOptions({ onSuccess: refresh }));
  const [actionError, setActionError] = useState<unknown>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const status = useQuery({
    ...trpc.annotations.importStatus.queryOptions({ app_id: appId, job_id: job?.id ?? '' }),
    enabled: Boolean(job),
    refetchInterval: (q) => (q.state.data?.job_status === 'completed' || q.state.data?.job_status === 'error' ? false : 500),
  });
  useEffect(() => {
    if (!job || !status.data) return;
    if (status.data.job_status === 'completed') {
      setImported(job.count);
      setJob(null);
      void refresh();
    } else if (status.data.job_status === 'error') {
      setActionError(new Error(status.data.error_msg));
      setJob(null);
    }
  }, [status.data, job]);

  async function importCsv(chosen: File) {
    setActionError(null);
    setImported(null);
    const form = new FormData();
    form.append('file', chosen);
    try {
      const answer = (await (await consoleFetch(`/apps/${appId}/annotations/batch-import`, { method: 'POST', body: form })).json()) as
        | { job_id: string; record_count: number }
        | { error_msg: string };
      if ('error_msg' in answer) setActionError(new Error(answer.error_msg));
      else setJob({ id: answer.job_id, count: answer.record_count });
    } catch (error) {
      setActionError(error);
    }
  }

  async function exportCsv() {
    setActionError(null);
    try {
      const all = await queryClient.fetchQuery({ ...trpc.annotations.export.queryOptions({ app_id: appId }), staleTime: 0 });
      downloadText(`${appName}-annotations.csv`, annotationsCsv(all.data), 'text/csv;charset=utf-8');
    } catch (error) {
      setActionError(error);
    }
  }

  const rows = list.data?.data ?? [];
  return (
    <div className="grid gap-4">
      <div className="rounded-xl border bg-card p-4">
        <AnnotationReplySettings appId={appId} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Input type="search" className="w-full sm:w-56" placeholder={a('search')} aria-label={a('search')} value={keyword} onChange={(e) => { setKeyword(e.target.value); setPage(1); }} />
        <div className="ml-auto flex gap-2">
          <input ref={file} type="file" accept=".csv,text/csv" className="sr-only" tabIndex={-1} aria-hidden="true" data-testid="annotation-import-file" onChange={(e) => { const chosen = e.target.files?.[0]; e.target.value = ''; if (chosen) void importCsv(chosen); }} />
          <Button variant="outline" size="sm" onClick={() => file.current?.click()} disabled={Boolean(job)} data-testid="annotation-import">
            <UploadIcon />
            {a('importCsv')}
          </Button>
          <Button variant="outline" size="sm" onClick={() => void exportCsv()} data-testid="annotation-export">
            <DownloadIcon />
            {a('exportCsv')}
          </Button>
        </div>
      </div>
      <p className="text-xs text-muted-foreground">{a('csvHint')}</p>
      {job ? <Notice role="status">{a('importing', { n: job.count })}</Notice> : null}
      {imported !== null ? <Notice role="status" data-testid="annotation-imported">{a('imported', { n: imported })}</Notice> : null}
      <FormError>{actionError ? errorMessage(t, actionError) : update.error ? errorMessage(t, update.error) : ''}</FormError>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 && !list.isLoading ? (
        <p className="rounded-xl border border-dashed p-8 text-center text-sm text-muted-foreground" data-testid="annotations-empty">
          {a('empty')}
        </p>
      ) : (
        <ul className="divide-y rounded-xl border bg-card" data-testid="annotation-list">
          {rows.map((row) => (
            <li key={row.id} className="grid gap-1 px-3 py-2.5" data-testid="annotation-row">
              {editing?.id === row.id ? (
                <form
                  className="grid gap-2"
                  onSubmit={(e) => {
                    e.preventDefault();
                    update.mutate({ app_id: appId, annotation_id: row.id, question: editing.question, answer: editing.answer });
                  }}
                >
                  <Textarea aria-label={a('question')} rows={2} value={editing.question} onChange={(e) => setEditing({ ...editing, question: e.target.value })} />
                  <Textarea aria-label={a('answer')} rows={3} value={editing.answer} onChange={(e) => setEditing({ ...editing, answer: e.target.value })} />
                  <div className="flex justify-end gap-2">
                    <Button type="button" variant="ghost" size="sm" onClick={() => setEditing(null)}>
                      {t('common.cancel')}
                    </Button>
                    <Button type="submit" size="sm" disabled={update.isPending}>
                      {t('common.save')}
                    </Button>
                  </div>
                </form>
              ) : (
                <div className="flex items-start gap-2">
                  <div className="min-w-0 flex-1">
                    <p className="text-sm font-medium break-words" data-testid="annotation-row-question">{row.question}</p>
                    <p className="text-sm break-words whitespace-pre-wrap text-muted-foreground" data-testid="annotation-row-answer">{row.answer}</p>
                    <p className="text-xs text-muted-foreground">
                      {formatTimestamp(format, row.created_at)} · {a('hits', { n: row.hit_count })}
                    </p>
                  </div>
                  <IconButton label={t('common.edit')} onClick={() => setEditing({ id: row.id, question: row.question, answer: row.answer })}>
                    <PencilIcon />
                  </IconButton>
                  <IconButton label={t('common.delete')} onClick={() => remove.mutate({ app_id: appId, annotation_id: row.id })} data-testid="annotation-delete">
                    <Trash2Icon />
                  </IconButton>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {(list.data?.total ?? 0) > 20 ? (
        <div className="flex justify-end gap-2">
          <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('common.previous')}
          </Button>
          <Button variant="outline" size="sm" disabled={!list.data?.has_more} onClick={() => setPage(page + 1)}>
            {t('common.next')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
