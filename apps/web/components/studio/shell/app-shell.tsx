'use client';

import { useTranslations } from 'next-intl';
import { useQueryClient } from '@tanstack/react-query';
import { ArrowLeftIcon } from 'lucide-react';
import Link from 'next/link';
import { useSelectedLayoutSegment } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { AppIcon } from '@/components/apps/app-icon';
import { MODE_ICONS } from '@/components/apps/modes';
import { Badge } from '@/components/ui/badge';
import { labelFor } from '@/lib/i18n/label-for';
import { useTRPC } from '@/lib/trpc';
import { cn } from '@/lib/utils';
import { hasOrchestrate, SECTIONS } from './sections';
import { AppIdContext, type StudioApp, useStudioApp } from './use-app';

export function AppShell({ initialApp, children }: { initialApp: StudioApp; children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Seed the cache once with the server's copy, so the header needs no request after hydration.
  useState(() => queryClient.setQueryData(trpc.apps.get.queryKey({ app_id: initialApp.id }), initialApp));
  return (
    <AppIdContext.Provider value={initialApp.id}>
      <div className="grid grid-cols-1 gap-4 *:min-w-0">
        <AppHeader fallback={initialApp} />
        {children}
      </div>
    </AppIdContext.Provider>
  );
}

function AppHeader({ fallback }: { fallback: StudioApp }) {
  const t = useTranslations();
  const app = useStudioApp().data ?? fallback;
  const segment = useSelectedLayoutSegment();
  const ModeIcon = MODE_ICONS[app.mode];
  const published = app.enable_site || app.enable_api;
  const sections = SECTIONS.filter((s) => s.key !== 'configuration' || hasOrchestrate(app.mode));
  return (
    <div className="grid gap-3 border-b pb-3">
      <div className="flex min-w-0 items-center gap-3">
        <Link href="/apps" aria-label={t('studio.backToApps')} className="rounded-md p-1 text-muted-foreground hover:bg-accent" data-testid="studio-back">
          <ArrowLeftIcon className="size-4" />
        </Link>
        <AppIcon value={app} />
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-lg font-semibold" data-testid="studio-app-name">
            {app.name}
          </h1>
          <div className="flex flex-wrap items-center gap-1.5">
            <Badge variant="secondary" data-testid="studio-app-mode">
              {ModeIcon ? <ModeIcon className="size-3" /> : null}
              {labelFor(t, `modes.${app.mode}`, app.mode)}
            </Badge>
            <Badge variant={published ? 'success' : 'outline'} data-testid="studio-publish-state">
              {published ? t('studio.shell.online') : t('studio.shell.offline')}
            </Badge>
          </div>
        </div>
      </div>
      <nav aria-label={t('studio.shell.sections')} className="-mx-1 flex gap-1 overflow-x-auto px-1">
        {sections.map(({ key, icon: Icon }) => {
          const active = segment === key;
          return (
            <Link
              key={key}
              href={`/app/${app.id}/${key}`}
              data-testid={`studio-nav-${key}`}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground',
                active && 'bg-card text-primary shadow-xs ring-1 ring-border',
              )}
            >
              <Icon className="size-4" />
              {t(`studio.shell.nav.${key}`)}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
