'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CodeIcon, ExternalLinkIcon, GlobeIcon, SettingsIcon, TerminalIcon } from 'lucide-react';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import { FormError } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Switch } from '@/components/ui/switch';
import { errorMessage } from '@/lib/errors';
import { canEditApps } from '@/lib/roles';
import { useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace } from '@/lib/use-workspace';
import { useAppId, useStudioApp } from '../shell/use-app';
import { EmbedDialog } from './embed-dialog';
import { QrCode } from './qr-code';
import { SiteSettingsDialog } from './site-settings-dialog';
import { StatisticsGrid } from './statistics-grid';
import { webAppPath } from './web-app-url';

export function OverviewView() {
  const t = useTranslations();
  const o = useTranslations('studio.overview');
  const appId = useAppId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const app = useStudioApp().data;
  const editable = canEditApps(useCurrentWorkspace().data?.role);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const store = (detail: { enable_site: boolean; enable_api: boolean }) =>
    queryClient.setQueryData(trpc.apps.get.queryKey({ app_id: appId }), (old) => (old ? { ...old, enable_site: detail.enable_site, enable_api: detail.enable_api } : old));
  const site = useMutation(trpc.apps.siteEnable.mutationOptions({ onSuccess: store }));
  const api = useMutation(trpc.apps.apiEnable.mutationOptions({ onSuccess: store }));
  if (!app) return null;
  const base = app.site?.app_base_url || origin;
  const url = app.site ? `${base}${webAppPath(app.mode, app.site.code)}` : '';

  return (
    <div className="grid gap-6 *:min-w-0">
      <div className="grid gap-4 *:min-w-0 lg:grid-cols-2">
        <section className="grid content-start gap-3 rounded-xl border bg-card p-4 *:min-w-0" aria-labelledby="web-app-card" data-testid="web-app-card">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="web-app-card" className="flex items-center gap-2 text-base font-semibold">
              <GlobeIcon className="size-4" />
              {o('webApp')}
            </h2>
            <div className="flex items-center gap-2">
              <Badge variant={app.enable_site ? 'success' : 'outline'} data-testid="web-app-status">
                {app.enable_site ? o('inService') : o('disabled')}
              </Badge>
              <Switch
                checked={app.enable_site}
                disabled={!editable || site.isPending}
                onCheckedChange={(enable_site) => site.mutate({ app_id: appId, enable_site })}
                aria-label={o('toggleWebApp')}
                data-testid="web-app-switch"
              />
            </div>
          </div>
          {app.site ? (
            <div className="grid gap-3 *:min-w-0 sm:grid-cols-[1fr_auto]">
              <div className="grid content-start gap-2 *:min-w-0">
                <p className="text-xs text-muted-foreground">{o('publicUrl')}</p>
                <div className="flex items-center gap-2">
                  <code className="min-w-0 flex-1 truncate rounded-md bg-muted px-2 py-1.5 text-sm" data-testid="web-app-url">
                    {url}
                  </code>
                  <CopyButton value={url} />
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button variant="outline" size="sm" asChild>
                    <a href={url} target="_blank" rel="noreferrer" data-testid="web-app-open">
                      <ExternalLinkIcon />
                      {o('open')}
                    </a>
                  </Button>
                  {editable ? (
                    <Button variant="outline" size="sm" onClick={() => setSettingsOpen(true)} data-testid="open-site-settings">
                      <SettingsIcon />
                      {o('settings')}
                    </Button>
                  ) : null}
                  <Button variant="outline" size="sm" onClick={() => setEmbedOpen(true)} data-testid="open-embed">
                    <CodeIcon />
                    {o('embed')}
                  </Button>
                </div>
              </div>
              <QrCode value={url} label={o('qrLabel')} />
            </div>
          ) : null}
        </section>
        <section className="grid content-start gap-3 rounded-xl border bg-card p-4 *:min-w-0" aria-labelledby="api-card" data-testid="api-card">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="api-card" className="flex items-center gap-2 text-base font-semibold">
              <TerminalIcon className="size-4" />
              {o('api')}
            </h2>
            <div className="flex items-center gap-2">
              <Badge variant={app.enable_api ? 'success' : 'outline'} data-testid="api-card-status">
                {app.enable_api ? o('inService') : o('disabled')}
              </Badge>
              <Switch
                checked={app.enable_api}
                disabled={!editable || api.isPending}
                onCheckedChange={(enable_api) => api.mutate({ app_id: appId, enable_api })}
                aria-label={o('toggleApi')}
                data-testid="api-card-switch"
              />
            </div>
          </div>
          <p className="text-xs text-muted-foreground">{o('apiBase')}</p>
          <div className="flex items-center gap-2">
            <code className="min-w-0 flex-1 truncate rounded-md bg-muted px-2 py-1.5 text-sm">{app.api_base_url}</code>
            <CopyButton value={app.api_base_url} />
          </div>
          <Button variant="outline" size="sm" className="justify-self-start" asChild>
            <Link href={`/app/${appId}/develop`}>{o('apiReference')}</Link>
          </Button>
        </section>
      </div>
      <FormError>{site.error ? errorMessage(t, site.error) : api.error ? errorMessage(t, api.error) : ''}</FormError>
      <StatisticsGrid appId={appId} mode={app.mode} />
      {app.site ? (
        <>
          <SiteSettingsDialog app={app} site={app.site} open={settingsOpen} onOpenChange={setSettingsOpen} />
          <EmbedDialog open={embedOpen} onOpenChange={setEmbedOpen} origin={base} code={app.site.code} />
        </>
      ) : null}
    </div>
  );
}
