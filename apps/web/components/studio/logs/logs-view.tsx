'use client';

import { useTranslations } from 'next-intl';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { AnnotationsPanel } from '../annotations/annotations-panel';
import { isChatMode } from '../shell/sections';
import { useAppId, useStudioApp } from '../shell/use-app';
import { LogsList } from './logs-list';

export function LogsView() {
  const t = useTranslations();
  const appId = useAppId();
  const app = useStudioApp().data;
  if (!app) return null;
  return (
    <Tabs defaultValue="logs" className="grid gap-4 *:min-w-0">
      <TabsList aria-label={t('studio.shell.nav.logs')} className="justify-self-start text-secondary-foreground">
        <TabsTrigger value="logs" data-testid="tab-logs">
          {t('studio.logs.title')}
        </TabsTrigger>
        {isChatMode(app.mode) ? (
          <TabsTrigger value="annotations" data-testid="tab-annotations">
            {t('studio.annotations.title')}
          </TabsTrigger>
        ) : null}
      </TabsList>
      <TabsContent value="logs">
        <LogsList appId={appId} mode={app.mode} />
      </TabsContent>
      <TabsContent value="annotations">
        <AnnotationsPanel appId={appId} appName={app.name} />
      </TabsContent>
    </Tabs>
  );
}
