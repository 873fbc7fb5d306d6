'use client';

import { useTranslations, useLocale } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { BoxesIcon, SearchIcon } from 'lucide-react';
import { useState } from 'react';
import { PageHeader } from '@/components/console/page-header';
import { FormError, Notice } from '@/components/ui/alert';
import { Input } from '@/components/ui/input';
import { errorMessage } from '@/lib/errors';
import { isAdminOrOwner } from '@/lib/roles';
import { useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace } from '@/lib/use-workspace';
import { AddModelDialog } from './add-model-dialog';
import { CredentialsDialog, type CredentialsView } from './credentials-dialog';
import { DefaultModelsCard } from './default-models-card';
import { type ProviderAction, ProviderCard } from './provider-card';
import { isConfigured } from './provider-state';
import { matchesProvider } from './provider-search';
import { type ProviderResponse } from './provider-types';

export function ModelProvidersView() {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const workspace = useCurrentWorkspace();
  const canManage = isAdminOrOwner(workspace.data?.role);
  const list = useQuery(trpc.modelProviders.list.queryOptions({}));
  const providers: ProviderResponse[] = list.data?.data ?? [];

  // Dialogs hold a provider name and read the provider from the latest list, so they see changes at once.
  const [credentialsFor, setCredentialsFor] = useState<string | null>(null);
  const [credentialsView, setCredentialsView] = useState<CredentialsView>({ kind: 'list' });
  const [addModelFor, setAddModelFor] = useState<string | null>(null);
  const find = (name: string | null) => providers.find((provider) => provider.provider === name) ?? null;

  function onAction(action: ProviderAction, provider: ProviderResponse) {
    if (action === 'add-model') return setAddModelFor(provider.provider);
    setCredentialsView(action === 'manage' ? { kind: 'list' } : { kind: 'form', credentialId: null, fromList: false });
    setCredentialsFor(provider.provider);
  }

  const [search, setSearch] = useState('');
  const configured = providers.filter(isConfigured);
  const others = providers.filter((provider) => !isConfigured(provider));
  const shown = others.filter((provider) => matchesProvider(provider, search, locale));

  return (
    <div className="grid grid-cols-1 gap-6 *:min-w-0">
      <PageHeader title={t('modelProviders.title')} description={t('modelProviders.description')} />
      {workspace.data && !canManage ? <Notice data-testid="model-providers-read-only">{t('modelProviders.readOnly')}</Notice> : null}
      <DefaultModelsCard canManage={canManage} />
      <FormError data-testid="providers-error">{list.error ? errorMessage(t, list.error) : ''}</FormError>
      {list.isLoading ? (
        <div className="grid gap-3" data-testid="providers-loading">
          {Array.from({ length: 3 }, (_, i) => (
            <div key={i} className="h-28 animate-pulse rounded-xl border bg-muted/60" />
          ))}
        </div>
      ) : providers.length === 0 && !list.error ? (
        <div className="flex flex-col items-center justify-center rounded-xl border border-dashed bg-card px-6 py-16 text-center" data-testid="providers-empty">
          <BoxesIcon className="mb-3 size-10 text-muted-foreground/60" />
          <p className="font-medium">{t('modelProviders.empty')}</p>
        </div>
      ) : (
        <>
          {configured.length > 0 ? (
            <section className="grid gap-3" data-testid="providers-configured">
              <h2 className="text-sm font-medium text-muted-foreground">{t('modelProviders.configuredGroup')}</h2>
              {configured.map((provider) => (
                <ProviderCard key={provider.provider} provider={provider} canManage={canManage} onAction={onAction} />
              ))}
            </section>
          ) : null}
          {others.length > 0 ? (
            <section className="grid gap-3" data-testid="providers-available">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 className="text-sm font-medium text-muted-foreground">{t('modelProviders.availableGroup')}</h2>
                <div className="relative w-full sm:w-64">
                  <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
                  <Input
                    type="search"
                    value={search}
                    onChange={(event) => setSearch(event.target.value)}
                    placeholder={t('modelProviders.searchProviders')}
                    aria-label={t('modelProviders.searchProviders')}
                    className="pl-8"
                    data-testid="providers-search"
                  />
                </div>
              </div>
              {shown.length > 0 ? (
                <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3" data-testid="providers-grid">
                  {shown.map((provider) => (
                    <ProviderCard key={provider.provider} provider={provider} canManage={canManage} onAction={onAction} layout="tile" />
                  ))}
                </div>
              ) : (
                <p className="py-6 text-center text-sm text-muted-foreground" data-testid="providers-no-match">
                  {t('modelProviders.noProviderMatch')}
                </p>
              )}
            </section>
          ) : null}
        </>
      )}
      <CredentialsDialog
        provider={find(credentialsFor)}
        view={credentialsView}
        onViewChange={setCredentialsView}
        onClose={() => setCredentialsFor(null)}
      />
      <AddModelDialog provider={find(addModelFor)} onClose={() => setAddModelFor(null)} />
    </div>
  );
}
