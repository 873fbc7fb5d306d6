'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery } from '@tanstack/react-query';
import { GlobeIcon } from 'lucide-react';
import { useParams, useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { PageHeader } from '@/components/console/page-header';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/ui/switch';
import { TextField } from '@/components/ui/text-field';
import { errorMessage } from '@/lib/errors';
import { consoleFetch } from '@/lib/studio/console-fetch';
import { useTRPC } from '@/lib/trpc';
import { CrawledPages } from './crawled-pages';
import { importWebsitePages } from './import-pages';

const PROVIDER = 'firecrawl';

export function WebsiteCrawlView() {
  const t = useTranslations();
  const w = useTranslations('websiteCrawl');
  const trpc = useTRPC();
  const router = useRouter();
  const datasetId = String(useParams<{ datasetId: string }>().datasetId);
  const dataset = useQuery(trpc.datasets.get.queryOptions({ dataset_id: datasetId }));
  const [url, setUrl] = useState('');
  const [limit, setLimit] = useState('10');
  const [depth, setDepth] = useState('2');
  const [includes, setIncludes] = useState('');
  const [excludes, setExcludes] = useState('');
  const [subPages, setSubPages] = useState(true);
  const [mainContent, setMainContent] = useState(true);
  const [jobId, setJobId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const crawl = useMutation(
    trpc.website.crawl.mutationOptions({
      onSuccess: (started) => {
        setSelected(new Set());
        setJobId(started.job_id);
      },
    }),
  );
  const status = useQuery({
    ...trpc.website.crawlStatus.queryOptions({ job_id: jobId ?? '', provider: PROVIDER }),
    enabled: Boolean(jobId),
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'crawling' ? false : 700),
  });
  const importPages = useMutation({
    mutationFn: () =>
      importWebsitePages(consoleFetch, datasetId, {
        provider: PROVIDER,
        jobId: jobId!,
        urls: [...selected],
        onlyMainContent: mainContent,
        indexingTechnique: dataset.data?.indexing_technique ?? 'economy',
      }),
    onSuccess: () => router.push(`/datasets/${datasetId}/documents`),
  });

  function run(event: FormEvent) {
    event.preventDefault();
    crawl.mutate({
      provider: PROVIDER,
      url: url.trim(),
      options: { crawl_sub_pages: subPages, limit: Number(limit), max_depth: Number(depth), includes, excludes, only_main_content: mainContent },
    });
  }

  const crawling = crawl.isPending || status.data?.status === 'crawling' || (Boolean(jobId) && !status.data);
  const pages = status.data?.data ?? [];

  return (
    <div className="grid grid-cols-1 gap-6 *:min-w-0">
      <PageHeader title={w('title')} description={w('description')}>
        <Button variant="outline" onClick={() => router.push(`/datasets/${datasetId}/documents`)}>
          {w('back')}
        </Button>
      </PageHeader>
      <form onSubmit={run} className="grid gap-4 rounded-xl border bg-card p-5" data-testid="crawl-form">
        <TextField id="crawl-url" label={w('url')} placeholder={w('urlPlaceholder')} type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
        <div className="flex items-center gap-3">
          <Switch id="crawl-sub-pages" checked={subPages} onCheckedChange={setSubPages} aria-labelledby="crawl-sub-pages-label" />
          <Label id="crawl-sub-pages-label" htmlFor="crawl-sub-pages">
            {w('subPages')}
          </Label>
        </div>
        {subPages ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField id="crawl-limit" label={w('limit')} type="number" min={1} max={100} value={limit} onChange={(e) => setLimit(e.target.value)} />
            <TextField id="crawl-depth" label={w('depth')} hint={w('depthHint')} type="number" min={0} max={10} value={depth} onChange={(e) => setDepth(e.target.value)} />
            <TextField id="crawl-includes" label={w('includes')} hint={w('patternsHint')} value={includes} onChange={(e) => setIncludes(e.target.value)} />
            <TextField id="crawl-excludes" label={w('excludes')} hint={w('patternsHint')} value={excludes} onChange={(e) => setExcludes(e.target.value)} />
          </div>
        ) : null}
        <div className="flex items-center gap-3">
          <Switch id="crawl-main-content" checked={mainContent} onCheckedChange={setMainContent} aria-labelledby="crawl-main-content-label" />
          <Label id="crawl-main-content-label" htmlFor="crawl-main-content">
            {w('mainContent')}
          </Label>
        </div>
        <FormError>{crawl.error ? errorMessage(t, crawl.error) : ''}</FormError>
        <div>
          <Button type="submit" disabled={crawling} data-testid="crawl-run">
            <GlobeIcon />
            {crawling ? w('running') : w('run')}
          </Button>
        </div>
      </form>
      {status.data ? (
        <section className="grid gap-3" aria-live="polite">
          <p className="text-sm text-muted-foreground" data-testid="crawl-progress">
            {status.data.status === 'crawling'
              ? w('progress', { current: status.data.current, total: status.data.total })
              : status.data.status === 'completed'
                ? w('finished', { count: status.data.current, seconds: status.data.time_consuming })
                : status.data.error
                  ? w('failedWithReason', { reason: status.data.error })
                  : w('failed')}
          </p>
          {status.data.status === 'completed' && pages.length === 0 ? <p className="text-sm">{w('noPages')}</p> : null}
          {pages.length > 0 ? <CrawledPages pages={pages} selected={selected} onSelectedChange={setSelected} /> : null}
          <FormError>{importPages.error ? errorMessage(t, importPages.error) : ''}</FormError>
          {status.data.status === 'completed' && pages.length > 0 ? (
            <div>
              <Button onClick={() => importPages.mutate()} disabled={selected.size === 0 || importPages.isPending} data-testid="crawl-import">
                {importPages.isPending ? w('importing') : w('importSelected')}
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}
      <FormError>{status.error ? errorMessage(t, status.error) : ''}</FormError>
    </div>
  );
}
