'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { InboxIcon } from 'lucide-react';
import { Fragment, useState } from 'react';
import { PageHeader } from '@/components/console/page-header';
import { FormError } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { labelFor } from '@/lib/i18n/label-for';
import { errorMessage } from '@/lib/errors';
import { isAdminOrOwner } from '@/lib/roles';
import { useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace } from '@/lib/use-workspace';
import { formatTimestamp } from '@/lib/utils';

export function MailOutboxView() {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const workspace = useCurrentWorkspace();
  const canRead = isAdminOrOwner(workspace.data?.role);
  const outbox = useQuery({ ...trpc.mail.outbox.queryOptions(), enabled: canRead });
  const [open, setOpen] = useState<string | null>(null);
  const rows = outbox.data?.data ?? [];

  return (
    <div className="grid grid-cols-1 gap-6 *:min-w-0">
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      {workspace.data && !canRead ? <FormError>{t('outbox.ownerOnly')}</FormError> : null}
      <FormError>{outbox.error ? errorMessage(t, outbox.error) : ''}</FormError>
      {canRead ? (
        <div className="overflow-x-auto rounded-xl border bg-card">
          <table className="w-full min-w-[640px] text-sm" data-testid="outbox-table">
            <thead className="border-b bg-muted/50 text-left text-xs text-muted-foreground">
              <tr>
                <th className="px-4 py-2.5 font-medium">{t('outbox.createdAt')}</th>
                <th className="px-4 py-2.5 font-medium">{t('outbox.to')}</th>
                <th className="px-4 py-2.5 font-medium">{t('outbox.subject')}</th>
                <th className="px-4 py-2.5 font-medium">{t('outbox.status')}</th>
                <th className="px-4 py-2.5" />
              </tr>
            </thead>
            <tbody>
              {outbox.isLoading ? (
                <tr>
                  <td colSpan={5} className="px-4 py-8 text-center text-muted-foreground">
                    {t('common.loading')}
                  </td>
                </tr>
              ) : rows.length === 0 ? (
                <tr>
                  <td colSpan={5} className="px-4 py-12 text-center text-muted-foreground">
                    <InboxIcon className="mx-auto mb-2 size-8 opacity-50" />
                    {t('outbox.empty')}
                  </td>
                </tr>
              ) : (
                rows.map((mail) => (
                  <Fragment key={mail.id}>
                    <tr className="border-b" data-testid="outbox-row">
                      <td className="px-4 py-3 whitespace-nowrap text-muted-foreground">{formatTimestamp(format, mail.created_at)}</td>
                      <td className="px-4 py-3">{mail.to}</td>
                      <td className="px-4 py-3">{mail.subject}</td>
                      <td className="px-4 py-3">
                        <Badge variant={mail.status === 'sent' ? 'success' : mail.status === 'failed' ? 'destructive' : 'warning'}>
                          {labelFor(t, `mailStatuses.${mail.status}`, mail.status)}
                        </Badge>
                      </td>
                      <td className="px-4 py-3 text-right">
                        <Button variant="ghost" size="sm" onClick={() => setOpen(open === mail.id ? null : mail.id)}>
                          {open === mail.id ? t('outbox.hide') : t('outbox.show')}
                        </Button>
                      </td>
                    </tr>
                    {open === mail.id ? (
                      <tr className="border-b bg-muted/30">
                        <td colSpan={5} className="px-4 py-3">
                          <pre className="font-mono text-xs whitespace-pre-wrap" data-testid="outbox-text">
                            {mail.text}
                          </pre>
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                ))
              )}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
