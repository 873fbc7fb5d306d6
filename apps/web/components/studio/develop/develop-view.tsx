'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KeyRoundIcon } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { ApiKeysDialog } from '@/components/apps/api-keys-dialog';
import { CopyButton } from '@/components/copy-button';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Switch } from '@/components/ui/switch';
import { codeSamples, exampleInputs } from '@/lib/studio/code-samples';
import { variablesFromForm } from '@/lib/studio/prompt-variables';
import { useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace } from '@/lib/use-workspace';
import { canEditApps } from '@/lib/roles';
import { hasOrchestrate } from '../shell/sections';
import { useAppId, useStudioApp } from '../shell/use-app';
import { CodeTabs } from './code-tabs';
import { endpointsForMode } from './service-endpoints';

/** API access: the app's own base URL, its endpoints, keys and copy-ready examples. */
export function DevelopView() {
  const s = useTranslations('studio.develop');
  const appId = useAppId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const app = useStudioApp().data;
  const role = useCurrentWorkspace().data?.role;
  const config = useQuery({ ...trpc.apps.modelConfig.get.queryOptions({ app_id: appId }), enabled: Boolean(app && hasOrchestrate(app.mode)) });
  const [document, setDocument] = useState<Parameters<typeof endpointsForMode>[0] | null>(null);
  const [keysOpen, setKeysOpen] = useState(false);
  useEffect(() => {
    // The Service API's own OpenAPI document is public, as in Dify; the list follows whatever the server serves.
    void fetch('/v1/openapi.json')
      .then((r) => (r.ok ? r.json() : null))
      .then(setDocument)
      .catch(() => setDocument(null));
  }, []);
  const toggle = useMutation(
    trpc.apps.apiEnable.mutationOptions({ onSuccess: (detail) => queryClient.setQueryData(trpc.apps.get.queryKey({ app_id: appId }), (old) => (old ? { ...old, enable_api: detail.enable_api } : old)) }),
  );
  const samples = useMemo(() => {
    if (!app) return null;
    const variables = variablesFromForm(config.data?.user_input_form ?? []);
    return codeSamples({ baseUrl: app.api_base_url, mode: app.mode, inputs: exampleInputs(variables) });
  }, [app, config.data]);
  if (!app || !samples) return null;
  const endpoints = document ? endpointsForMode(document, app.mode) : [];

  return (
    <div className="grid gap-6 *:min-w-0">
      <section className="grid gap-3 rounded-xl border bg-card p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-base font-semibold">{s('title')}</h2>
          <div className="flex items-center gap-2">
            <Badge variant={app.enable_api ? 'success' : 'outline'} data-testid="api-status">
              {app.enable_api ? s('inService') : s('disabled')}
            </Badge>
            <Switch
              checked={app.enable_api}
              disabled={!canEditApps(role) || toggle.isPending}
              onCheckedChange={(enable_api) => toggle.mutate({ app_id: appId, enable_api })}
              aria-label={s('toggle')}
              data-testid="api-switch"
            />
          </div>
        </div>
        <div className="grid gap-1">
          <p className="text-xs text-muted-foreground">{s('baseUrl')}</p>
          <div className="flex items-center gap-2">
            <code className="min-w-0 flex-1 truncate rounded-md bg-muted px-2 py-1.5 text-sm" data-testid="api-base-url">
              {app.api_base_url}
            </code>
            <CopyButton value={app.api_base_url} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="outline" onClick={() => setKeysOpen(true)} data-testid="open-api-keys">
            <KeyRoundIcon />
            {s('keys')}
          </Button>
          <p className="text-xs text-muted-foreground">{s('keysHint')}</p>
        </div>
      </section>
      <section className="grid gap-3 *:min-w-0">
        <h2 className="text-base font-semibold">{s('examples')}</h2>
        <p className="text-sm text-muted-foreground">{s('examplesHint', { path: samples.path })}</p>
        <CodeTabs samples={samples} />
      </section>
      <section className="grid gap-2 *:min-w-0">
        <h2 className="text-base font-semibold">{s('endpoints')}</h2>
        <ul className="divide-y rounded-xl border bg-card" data-testid="api-endpoints">
          {endpoints.map((endpoint) => (
            <li key={`${endpoint.method} ${endpoint.path}`} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm" data-testid="api-endpoint">
              <Badge variant="secondary" className="w-16 justify-center font-mono">
                {endpoint.method}
              </Badge>
              <code className="min-w-0 font-mono break-all">{endpoint.path}</code>
              <span className="min-w-0 text-xs break-words text-muted-foreground">{endpoint.summary}</span>
            </li>
          ))}
        </ul>
      </section>
      <ApiKeysDialog appId={keysOpen ? appId : null} appName={app.name} role={role} onOpenChange={(open) => setKeysOpen(open)} />
    </div>
  );
}
