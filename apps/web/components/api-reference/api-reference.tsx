'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { SearchIcon } from 'lucide-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Input } from '@/components/ui/input';
import { Tabs, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { groupOperations, matchesQuery, type OpenApiDocument } from './openapi-document';
import { OperationView } from './operation-view';

/** The public surfaces only; the inner API is for trusted services and stays out of the console. */
const SURFACES = [
  { id: 'service', url: '/v1/openapi.json' },
  { id: 'web', url: '/api/openapi.json' },
  { id: 'console', url: '/console/api/openapi.json' },
] as const;
type SurfaceId = (typeof SURFACES)[number]['id'];

async function loadDocument(url: string): Promise<OpenApiDocument> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as OpenApiDocument;
}

/** Each surface's OpenAPI document, fetched when its tab is first opened, rendered with our own components. */
export function ApiReference() {
  const t = useTranslations('apiReference');
  const [surface, setSurface] = useState<SurfaceId>('service');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const url = SURFACES.find((entry) => entry.id === surface)!.url;
  const document = useQuery({ queryKey: ['openapi', url], queryFn: () => loadDocument(url), staleTime: Number.POSITIVE_INFINITY });
  const groups = useMemo(() => {
    if (!document.data) return [];
    return groupOperations(document.data, t('untagged'))
      .map((group) => ({ ...group, operations: group.operations.filter((entry) => matchesQuery(entry, deferredQuery)) }))
      .filter((group) => group.operations.length > 0);
  }, [document.data, deferredQuery, t('untagged')]);
  const base = document.data?.servers?.[0]?.url ?? url.replace(/\/openapi\.json$/, '');

  return (
    <div className="grid gap-4" data-testid="api-reference" data-surface={surface}>
      <div className="flex flex-wrap items-center gap-3">
        <Tabs value={surface} onValueChange={(value) => setSurface(value as SurfaceId)}>
          <TabsList className="h-auto flex-wrap">
            {SURFACES.map((entry) => (
              <TabsTrigger key={entry.id} value={entry.id} data-testid={`api-surface-${entry.id}`}>
                {t(entry.id)}
              </TabsTrigger>
            ))}
          </TabsList>
        </Tabs>
        <div className="relative ml-auto w-full sm:w-72">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t('search')}
            aria-label={t('search')}
            className="pl-8"
            data-testid="api-search"
          />
        </div>
      </div>
      <FormError>{document.error ? t('loadFailed') : ''}</FormError>
      {document.isLoading ? (
        <div className="grid gap-2" data-testid="api-loading">
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className="h-11 animate-pulse rounded-lg border bg-muted/60" />
          ))}
        </div>
      ) : document.data ? (
        <>
          <div className="rounded-xl border bg-card p-4">
            <h2 className="font-semibold" data-testid="api-title">
              {document.data.info?.title} <span className="text-sm font-normal text-muted-foreground">{document.data.info?.version}</span>
            </h2>
            {document.data.info?.description ? <p className="mt-1 text-sm text-muted-foreground">{document.data.info.description}</p> : null}
            <p className="mt-2 text-sm">
              {t('baseUrl')}: <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs" data-testid="api-base">{base}</code>{' '}
              <a href={url} className="ml-2 text-sm text-primary underline-offset-2 hover:underline" data-testid="api-download">
                {t('download')}
              </a>
            </p>
          </div>
          {groups.length === 0 ? (
            <p className="py-8 text-center text-sm text-muted-foreground" data-testid="api-no-match">
              {t('noMatch')}
            </p>
          ) : (
            groups.map((group) => (
              <section key={group.tag} className="grid gap-2" data-testid="api-group">
                <h3 className="text-sm font-semibold">{group.tag}</h3>
                {group.operations.map((entry) => (
                  <OperationView key={entry.id} document={document.data} entry={entry} />
                ))}
              </section>
            ))
          )}
        </>
      ) : null}
    </div>
  );
}
