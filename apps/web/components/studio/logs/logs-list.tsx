'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SearchIcon, ThumbsDownIcon, ThumbsUpIcon } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Pager } from '@/components/ui/pager';
import { type Period, periodRange } from '@/lib/studio/periods';
import { useTRPC } from '@/lib/trpc';
import { formatTimestamp } from '@/lib/utils';
import { PeriodSelect } from '../period-select';
import { LoadError } from '../shell/load-error';
import { ConversationDrawer } from './conversation-drawer';

const ANNOTATION_FILTERS = ['all', 'annotated', 'not_annotated'] as const;
const FEEDBACK_FILTERS = ['all', 'like', 'dislike'] as const;
type FeedbackFilter = (typeof FEEDBACK_FILTERS)[number];
const PAGE_SIZE = 20;

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

type Stats = { like: number; dislike: number };
const hasFeedback = (filter: FeedbackFilter, user: Stats, admin: Stats) => filter === 'all' || user[filter] + admin[filter] > 0;

/** The app's conversations with Dify's filters; a row opens the conversation drawer. */
export function LogsList({ appId, mode }: { appId: string; mode: string }) {
  const format = useFormatter();
  const l = useTranslations('studio.logs');
  const trpc = useTRPC();
  const completion = mode === 'completion';
  const [period, setPeriod] = useState<Period>('7d');
  const [keyword, setKeyword] = useState('');
  const [annotation, setAnnotation] = useState<(typeof ANNOTATION_FILTERS)[number]>('all');
  const [feedback, setFeedback] = useState<FeedbackFilter>('all');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const search = useDebounced(keyword.trim(), 300);
  const [now] = useState(() => new Date());
  useEffect(() => setPage(1), [period, search, annotation]);
  const input = { app_id: appId, page, limit: PAGE_SIZE, annotation_status: annotation, ...periodRange(period, now), ...(search ? { keyword: search } : {}) };
  const chat = useQuery({ ...trpc.conversationLogs.listChat.queryOptions(input), enabled: !completion, placeholderData: keepPreviousData });
  const done = useQuery({ ...trpc.conversationLogs.listCompletion.queryOptions(input), enabled: completion, placeholderData: keepPreviousData });
  const query = completion ? done : chat;
  const rows = (completion
    ? (done.data?.data ?? []).map((c) => ({ id: c.id, title: c.message?.query || c.message?.answer || '', created: c.created_at, count: 1, user: c.user_feedback_stats, admin: c.admin_feedback_stats, annotated: Boolean(c.annotation), by: c.from_account_name ?? c.from_end_user_session_id ?? '' }))
    : (chat.data?.data ?? []).map((c) => ({ id: c.id, title: c.name || c.summary, created: c.updated_at, count: c.message_count, user: c.user_feedback_stats, admin: c.admin_feedback_stats, annotated: c.annotated, by: c.from_account_name ?? c.from_end_user_session_id ?? '' }))
  ).filter((row) => hasFeedback(feedback, row.user, row.admin));
  const total = query.data?.total ?? 0;

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <PeriodSelect value={period} onChange={setPeriod} testId="logs-period" />
        <Select value={annotation} onValueChange={(v) => setAnnotation(v as typeof annotation)}>
          <SelectTrigger className="w-40" aria-label={l('annotationFilter')} data-testid="logs-annotation-filter">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {ANNOTATION_FILTERS.map((v) => (
              <SelectItem key={v} value={v}>
                {l(`annotationFilters.${v}`)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={feedback} onValueChange={(v) => setFeedback(v as FeedbackFilter)}>
          <SelectTrigger className="w-40" aria-label={l('feedbackFilter')} data-testid="logs-feedback-filter">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {FEEDBACK_FILTERS.map((v) => (
              <SelectItem key={v} value={v} data-testid={`logs-feedback-${v}`}>
                {l(`feedbackFilters.${v}`)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <div className="relative w-full sm:w-56">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input type="search" className="pl-9" placeholder={l('search')} aria-label={l('search')} value={keyword} onChange={(e) => setKeyword(e.target.value)} data-testid="logs-search" />
        </div>
      </div>
      {query.error ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isLoading ? (
        <div className="h-40 animate-pulse rounded-xl border bg-muted/60" />
      ) : rows.length === 0 ? (
        <p className="rounded-xl border border-dashed p-8 text-center text-sm text-muted-foreground" data-testid="logs-empty">
          {l('empty')}
        </p>
      ) : (
        <ul className="divide-y rounded-xl border bg-card" data-testid="logs-list">
          {rows.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                className="grid w-full cursor-pointer gap-1 px-3 py-2.5 text-left hover:bg-accent/50 focus-visible:bg-accent/50 focus-visible:outline-none sm:grid-cols-[1fr_auto] sm:items-center"
                onClick={() => setOpen(row.id)}
                data-testid="log-row"
              >
                <span className="min-w-0">
                  <span className="block truncate text-sm font-medium" data-testid="log-row-title">
                    {row.title || l('untitled')}
                  </span>
                  <span className="block truncate text-xs text-muted-foreground">
                    {formatTimestamp(format, row.created)}
                    {row.by ? ` · ${row.by}` : ''}
                    {!completion ? ` · ${l('messages', { n: row.count })}` : ''}
                  </span>
                </span>
                <span className="flex items-center gap-2 text-xs text-muted-foreground">
                  {row.user.like + row.admin.like > 0 ? (
                    <span className="inline-flex items-center gap-0.5" data-testid="log-row-likes" title={l('like')}>
                      <ThumbsUpIcon className="size-3.5" aria-hidden="true" />
                      {row.user.like + row.admin.like}
                    </span>
                  ) : null}
                  {row.user.dislike + row.admin.dislike > 0 ? (
                    <span className="inline-flex items-center gap-0.5" data-testid="log-row-dislikes" title={l('dislike')}>
                      <ThumbsDownIcon className="size-3.5" aria-hidden="true" />
                      {row.user.dislike + row.admin.dislike}
                    </span>
                  ) : null}
                  {row.annotated ? <span data-testid="log-row-annotated">{l('annotatedShort')}</span> : null}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {total > PAGE_SIZE ? (
        <Pager page={page} pages={Math.ceil(total / PAGE_SIZE)} hasMore={Boolean(query.data?.has_more)} onPage={setPage} />
      ) : null}
      <ConversationDrawer appId={appId} mode={mode} conversationId={open} onClose={() => setOpen(null)} />
    </div>
  );
}
