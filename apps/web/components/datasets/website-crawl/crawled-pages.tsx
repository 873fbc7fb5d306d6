'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { type RouterOutputs } from '@/lib/trpc';

type CrawledPage = RouterOutputs['website']['crawlStatus']['data'][number];

/** The pages a crawl read, each with a checkbox and a preview of its markdown. */
export function CrawledPages({ pages, selected, onSelectedChange }: { pages: CrawledPage[]; selected: Set<string>; onSelectedChange: (next: Set<string>) => void }) {
  const w = useTranslations('websiteCrawl');
  const [open, setOpen] = useState<string | null>(null);
  const all = pages.length > 0 && pages.every((page) => selected.has(page.source_url));
  const toggle = (url: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(url);
    else next.delete(url);
    onSelectedChange(next);
  };

  return (
    <div className="overflow-hidden rounded-xl border bg-card">
      <div className="flex items-center justify-between border-b bg-muted/50 px-4 py-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={all} onChange={(e) => onSelectedChange(e.target.checked ? new Set(pages.map((p) => p.source_url)) : new Set())} data-testid="crawl-select-all" />
          {w('selectAll')}
        </label>
        <span className="text-muted-foreground">{w('selected', { count: selected.size })}</span>
      </div>
      <ul className="divide-y">
        {pages.map((page) => (
          <li key={page.source_url} className="px-4 py-3" data-testid="crawled-page">
            <div className="flex items-start gap-3">
              <input
                type="checkbox"
                className="mt-1"
                checked={selected.has(page.source_url)}
                onChange={(e) => toggle(page.source_url, e.target.checked)}
                aria-label={page.title || page.source_url}
              />
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">{page.title || page.source_url}</p>
                <p className="truncate text-xs text-muted-foreground">{page.source_url}</p>
                {page.description ? <p className="mt-1 line-clamp-2 text-sm text-muted-foreground">{page.description}</p> : null}
              </div>
              <Button variant="ghost" size="sm" onClick={() => setOpen(open === page.source_url ? null : page.source_url)}>
                {w('preview')}
              </Button>
            </div>
            {open === page.source_url ? (
              <pre className="mt-2 max-h-72 overflow-auto rounded-md bg-muted/40 p-3 font-mono text-xs whitespace-pre-wrap">{page.markdown}</pre>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
