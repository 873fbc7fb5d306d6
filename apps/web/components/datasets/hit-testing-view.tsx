'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FileTextIcon } from 'lucide-react';
import { useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { formatTimestamp } from '@/lib/utils';
import { useDataset, useDatasetId } from './dataset-shell';
import { type RetrievalSettings, RetrievalSettingsForm, retrievalFrom } from './retrieval-settings';

interface HitRecord {
  score: number | null;
  segment: { id: string; content: string; answer: string | null; position: number; word_count: number; document: { name: string } };
  child_chunks: { id: string; content: string; score: number }[];
}

/** A query against the knowledge base, with its own retrieval setting or the dataset's; each test joins the records. */
export function HitTestingView() {
  const t = useTranslations();
  const format = useFormatter();
  const h = useTranslations('datasets.hit');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const datasetId = useDatasetId();
  const dataset = useDataset();
  const economy = dataset.data?.indexing_technique === 'economy';
  const [query, setQuery] = useState('');
  const [override, setOverride] = useState<RetrievalSettings | null>(null);
  const history = useQuery(trpc.datasets.queries.queryOptions({ dataset_id: datasetId, page: 1, limit: 20 }));
  const test = useMutation(trpc.datasets.hitTesting.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.datasets.queries.pathKey() }) }));
  const records = (test.data?.records ?? []) as unknown as HitRecord[];
  const run = () => test.mutate({ dataset_id: datasetId, query: query.trim(), ...(override ? { retrieval_model: override } : {}) });

  return (
    <div className="grid gap-6 lg:grid-cols-2 *:min-w-0">
      <div className="grid content-start gap-4">
        <div>
          <h2 className="font-medium">{h('title')}</h2>
          <p className="text-sm text-muted-foreground">{h('description')}</p>
        </div>
        <form
          className="grid gap-3 rounded-xl border p-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (query.trim()) run();
          }}
        >
          <Label htmlFor="hit-query">{h('query')}</Label>
          <Textarea id="hit-query" rows={4} maxLength={250} placeholder={h('placeholder')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="hit-query" />
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={override === null}
              onChange={(e) => setOverride(e.target.checked ? null : retrievalFrom(dataset.data?.retrieval_model_dict, economy))}
              data-testid="hit-use-dataset"
            />
            {h('useDataset')}
          </label>
          {override ? (
            <div className="grid gap-2">
              <p className="text-sm font-medium">{h('override')}</p>
              <RetrievalSettingsForm idPrefix="hit-retrieval" economy={economy} value={override} onChange={setOverride} />
            </div>
          ) : null}
          <FormError>{test.error ? errorMessage(t, test.error) : ''}</FormError>
          <div>
            <Button type="submit" disabled={!query.trim() || test.isPending} data-testid="hit-run">
              {test.isPending ? h('testing') : h('test')}
            </Button>
          </div>
        </form>
        <section className="grid gap-2" aria-labelledby="hit-history-title">
          <h2 id="hit-history-title" className="font-medium">
            {h('history')}
          </h2>
          {history.data?.data.length ? (
            <div className="relative overflow-x-auto rounded-xl border">
              <table className="w-full text-sm" data-testid="hit-history">
                <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
                  <tr>
                    <th className="px-3 py-2 font-medium">{h('source')}</th>
                    <th className="px-3 py-2 font-medium">{h('query')}</th>
                    <th className="px-3 py-2 font-medium">{h('time')}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.data.data.map((row) => {
                    const text = String((row.queries as { content?: string }[] | undefined)?.[0]?.content ?? '');
                    return (
                      <tr key={row.id} className="cursor-pointer border-t hover:bg-accent" onClick={() => setQuery(text)}>
                        <td className="px-3 py-2 text-muted-foreground">{row.source}</td>
                        <td className="max-w-48 truncate px-3 py-2">{text}</td>
                        <td className="px-3 py-2 whitespace-nowrap text-muted-foreground">{formatTimestamp(format, row.created_at)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="text-sm text-muted-foreground">{h('noHistory')}</p>
          )}
        </section>
      </div>
      <section className="grid content-start gap-3" aria-labelledby="hit-results-title" aria-live="polite">
        <h2 id="hit-results-title" className="font-medium">
          {h('results')}
        </h2>
        {test.data && records.length === 0 ? <p className="text-sm text-muted-foreground">{h('noResults')}</p> : null}
        <ol className="grid gap-3" data-testid="hit-results">
          {records.map((record) => (
            <li key={record.segment.id} className="rounded-xl border bg-card p-4" data-testid="hit-record">
              <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                <span className="font-medium text-foreground">{t('datasets.segments.chunk', { n: record.segment.position })}</span>
                <span>{t('datasets.segments.characters', { n: record.segment.word_count })}</span>
                <span className="ml-auto rounded bg-primary/10 px-1.5 py-0.5 font-medium text-primary" data-testid="hit-score">
                  {h('scoreValue', { score: record.score ?? 0 })}
                </span>
              </div>
              <p className="text-sm whitespace-pre-wrap break-words" data-testid="hit-content">
                {record.segment.content}
              </p>
              {record.segment.answer ? <p className="mt-1 text-sm text-muted-foreground">{record.segment.answer}</p> : null}
              {record.child_chunks.length ? (
                <div className="mt-2 grid gap-1 border-l-2 pl-3">
                  <p className="text-xs font-medium text-muted-foreground">{h('matchedChildren')}</p>
                  {record.child_chunks.map((child) => (
                    <p key={child.id} className="text-xs">
                      <span className="text-muted-foreground">{format.number(child.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} · </span>
                      {child.content}
                    </p>
                  ))}
                </div>
              ) : null}
              <p className="mt-2 flex items-center gap-1 text-xs text-muted-foreground">
                <FileTextIcon className="size-3" />
                {record.segment.document.name}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
