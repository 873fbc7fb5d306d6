'use client';

import { useTranslations } from 'next-intl';
import { FileTextIcon } from 'lucide-react';
import { type Citation } from '@/lib/webapp/types';

/** The knowledge the answer drew on: one entry per document, its passages unfolded on demand. */
export function Citations({ citations }: { citations: Citation[] }) {
  const t = useTranslations('webapp');
  if (citations.length === 0) return null;
  const byDocument = new Map<string, Citation[]>();
  for (const citation of citations) byDocument.set(citation.document_name, [...(byDocument.get(citation.document_name) ?? []), citation]);
  return (
    <section className="mt-3 border-t pt-2" aria-label={t('citations')} data-testid="webapp-citations">
      <h3 className="mb-1 text-xs font-medium text-muted-foreground">{t('citations')}</h3>
      <ul className="flex flex-wrap gap-1.5">
        {[...byDocument.entries()].map(([name, passages]) => (
          <li key={name} className="max-w-full" data-testid="citation" data-document={name}>
            <details className="rounded-md border bg-card text-xs">
              <summary className="flex cursor-pointer items-center gap-1 px-2 py-1">
                <FileTextIcon className="size-3.5" aria-hidden />
                <span className="truncate">{name}</span>
              </summary>
              <div className="max-h-48 space-y-2 overflow-y-auto border-t px-2 py-1.5">
                {passages.map((passage) => (
                  <p key={`${passage.segment_id ?? ''}-${passage.position}`} className="whitespace-pre-wrap">
                    {passage.content}
                  </p>
                ))}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
