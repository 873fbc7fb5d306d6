'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KeyRoundIcon, PlusIcon, Trash2Icon } from 'lucide-react';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { CopyButton } from '@/components/copy-button';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { errorMessage } from '@/lib/errors';
import { canEditApps, isAdminOrOwner } from '@/lib/roles';
import { useTRPC } from '@/lib/trpc';
import { formatTimestamp, maskSecret, resetOnClose } from '@/lib/utils';

const MAX_KEYS = 10;

interface Props {
  appId: string | null;
  appName: string;
  role: string | undefined;
  onOpenChange: (open: boolean) => void;
}

export function ApiKeysDialog({ appId, appName, role, onOpenChange }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);

  const open = appId !== null;
  const listOptions = trpc.apps.apiKeys.list.queryOptions({ app_id: appId ?? '' });
  const keys = useQuery({ ...listOptions, enabled: open });
  const detail = useQuery({ ...trpc.apps.get.queryOptions({ app_id: appId ?? '' }), enabled: open });
  const create = useMutation(
    trpc.apps.apiKeys.create.mutationOptions({
      onSuccess: async (key) => {
        setSecret(key.token);
        await queryClient.invalidateQueries({ queryKey: listOptions.queryKey });
      },
    }),
  );
  const remove = useMutation(
    trpc.apps.apiKeys.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await queryClient.invalidateQueries({ queryKey: listOptions.queryKey });
      },
    }),
  );

  const rows = keys.data?.data ?? [];
  const apiBase = (detail.data as { api_base_url?: string } | undefined)?.api_base_url || (origin ? `${origin}/v1` : '');

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setSecret(null);
          create.reset();
        }
        onOpenChange(next);
      }}
    >
      <DialogContent closeLabel={t('common.close')} className="max-w-2xl" data-testid="api-keys-dialog">
        <DialogHeader>
          <DialogTitle className="flex items-center gap-2">
            <KeyRoundIcon className="size-5 text-primary" />
            {t('apiKeys.title')}
            <span className="truncate font-normal text-muted-foreground">· {appName}</span>
          </DialogTitle>
          <DialogDescription>{t('apiKeys.description')}</DialogDescription>
        </DialogHeader>

        {apiBase ? (
          <div className="flex items-center gap-2 rounded-lg border bg-muted/50 px-3 py-2 text-sm">
            <span className="shrink-0 text-muted-foreground">{t('apiKeys.baseUrl')}</span>
            <code className="min-w-0 flex-1 truncate font-mono text-xs" data-testid="api-base-url">
              {apiBase}
            </code>
            <CopyButton value={apiBase} variant="ghost" />
          </div>
        ) : null}

        {secret ? (
          <div className="grid gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3" data-testid="api-key-created">
            <p className="text-sm font-medium text-amber-900">{t('apiKeys.newKeyTitle')}</p>
            <p className="text-xs text-amber-800">{t('apiKeys.newKeyHint')}</p>
            <div className="flex items-center gap-2">
              <code className="min-w-0 flex-1 rounded-md border bg-card px-2 py-1.5 font-mono text-sm break-all" data-testid="api-key-secret">
                {secret}
              </code>
              <CopyButton value={secret} label={t('apiKeys.copySecret')} data-testid="api-key-copy" />
            </div>
          </div>
        ) : null}

        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <thead className="bg-muted/60 text-left text-xs text-muted-foreground">
              <tr>
                <th className="px-3 py-2 font-medium">{t('apiKeys.token')}</th>
                <th className="px-3 py-2 font-medium">{t('apiKeys.createdAt')}</th>
                <th className="px-3 py-2 font-medium">{t('apiKeys.lastUsed')}</th>
                <th className="px-3 py-2" />
              </tr>
            </thead>
            <tbody>
              {keys.isLoading ? (
                <tr>
                  <td colSpan={4} className="px-3 py-6 text-center text-muted-foreground">
                    {t('common.loading')}
                  </td>
                </tr>
              ) : rows.length === 0 ? (
                <tr>
                  <td colSpan={4} className="px-3 py-6 text-center text-muted-foreground" data-testid="api-keys-empty">
                    {t('apiKeys.empty')}
                  </td>
                </tr>
              ) : (
                rows.map((key) => (
                  <tr key={key.id} className="border-t" data-testid="api-key-row">
                    <td className="px-3 py-2 font-mono text-xs" data-testid="api-key-masked">
                      {maskSecret(key.token)}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap text-muted-foreground">{formatTimestamp(format, key.created_at)}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-muted-foreground">
                      {key.last_used_at ? formatTimestamp(format, key.last_used_at) : t('common.never')}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {isAdminOrOwner(role) ? (
                        <IconButton
                          label={t('apiKeys.delete')}
                          data-testid="api-key-delete"
                          onClick={() => setDeleting(key.id)}
                        >
                          <Trash2Icon className="text-destructive" />
                        </IconButton>
                      ) : null}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <FormError>{create.error ? errorMessage(t, create.error) : keys.error ? errorMessage(t, keys.error) : ''}</FormError>
        <div className="flex items-center justify-between gap-2">
          <p className="text-xs text-muted-foreground">{t('apiKeys.limit')}</p>
          {canEditApps(role) ? (
            <Button
              onClick={() => appId && create.mutate({ app_id: appId })}
              disabled={create.isPending || rows.length >= MAX_KEYS}
              data-testid="api-key-create"
            >
              <PlusIcon />
              {create.isPending ? t('common.creating') : t('apiKeys.create')}
            </Button>
          ) : null}
        </div>
        <ConfirmDialog
          open={deleting !== null}
          title={t('apiKeys.deleteTitle')}
          description={t('apiKeys.deleteDescription')}
          confirmLabel={t('common.delete')}
          pending={remove.isPending}
          error={remove.error}
          onOpenChange={resetOnClose(() => setDeleting(null), remove)}
          onConfirm={() => appId && deleting && remove.mutate({ app_id: appId, key_id: deleting })}
        />
      </DialogContent>
    </Dialog>
  );
}
