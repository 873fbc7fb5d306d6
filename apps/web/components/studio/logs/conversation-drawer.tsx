'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { Sheet, SheetContent, SheetDescription, SheetTitle } from '@/components/ui/sheet';
import { useTRPC } from '@/lib/trpc';
import { formatTimestamp } from '@/lib/utils';
import { LoadError } from '../shell/load-error';
import { LoggedMessageCard } from './logged-message';

/** A logged conversation with every message in detail; completion apps have one message per conversation. */
export function ConversationDrawer({ appId, mode, conversationId, onClose }: { appId: string; mode: string; conversationId: string | null; onClose: () => void }) {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const completion = mode === 'completion';
  const input = { app_id: appId, conversation_id: conversationId ?? '' };
  const chatDetail = useQuery({ ...trpc.conversationLogs.getChat.queryOptions(input), enabled: Boolean(conversationId) && !completion });
  const completionDetail = useQuery({ ...trpc.conversationLogs.getCompletion.queryOptions(input), enabled: Boolean(conversationId) && completion });
  const messages = useQuery({ ...trpc.messageLogs.listChat.queryOptions({ ...input, limit: 100 }), enabled: Boolean(conversationId) && !completion });
  const detail = completion ? completionDetail : chatDetail;
  const list = completion ? (completionDetail.data?.message ? [completionDetail.data.message] : []) : (messages.data?.data ?? []);
  const error = detail.error ?? (completion ? null : messages.error);
  return (
    <Sheet open={conversationId !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent closeLabel={t('common.close')} data-testid="conversation-drawer">
        <div className="pr-8">
          <SheetTitle className="text-base font-semibold">{t('studio.logs.conversation')}</SheetTitle>
          <SheetDescription className="text-xs text-muted-foreground">
            {detail.data ? formatTimestamp(format, detail.data.created_at) : t('common.loading')}
            {detail.data?.model_config_version ? ` · ${t('studio.logs.version', { n: detail.data.model_config_version })}` : ''}
          </SheetDescription>
        </div>
        {error ? <LoadError error={error} onRetry={() => void Promise.all([detail.refetch(), messages.refetch()])} /> : null}
        <div className="grid gap-3">
          {list.map((message) => (
            <LoggedMessageCard key={message.id} appId={appId} message={message} showQuery={!completion} />
          ))}
        </div>
      </SheetContent>
    </Sheet>
  );
}
