'use client';

import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { CheckIcon, PencilIcon, PlusIcon, Trash2Icon } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { FormError } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { resetOnClose } from '@/lib/utils';
import { type ProviderResponse } from './provider-types';
import { type CredentialRef } from './provider-types';
import { useRefreshModelProviders } from './use-refresh';

interface Props {
  provider: ProviderResponse;
  onEdit: (credentialId: string | null) => void;
}

export function CredentialList({ provider, onEdit }: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  const refresh = useRefreshModelProviders();
  const [deleting, setDeleting] = useState<CredentialRef | null>(null);
  const switchActive = useMutation(trpc.modelProviders.credentials.switch.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.modelProviders.credentials.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await refresh();
      },
    }),
  );
  const { available_credentials: saved, current_credential_id: currentId } = provider.custom_configuration;
  const rows = saved ?? [];

  return (
    <div className="grid gap-3">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-medium">{t('modelProviders.savedCredentials')}</h3>
        <Button size="sm" variant="outline" onClick={() => onEdit(null)} data-testid="credential-new">
          <PlusIcon />
          {t('modelProviders.newCredential')}
        </Button>
      </div>
      <ul className="divide-y rounded-lg border" data-testid="credential-list">
        {rows.length === 0 ? (
          <li className="px-3 py-6 text-center text-sm text-muted-foreground">{t('modelProviders.noCredentials')}</li>
        ) : (
          rows.map((credential) => {
            const active = credential.credential_id === currentId;
            return (
              <li
                key={credential.credential_id}
                className="flex items-center gap-2 px-3 py-2"
                data-testid="credential-row"
                data-active={active ? 'true' : 'false'}
              >
                <span className="min-w-0 flex-1 truncate text-sm font-medium" data-testid="credential-row-name">
                  {credential.credential_name}
                </span>
                {active ? (
                  <Badge variant="success">
                    <CheckIcon className="size-3" />
                    {t('modelProviders.inUse')}
                  </Badge>
                ) : (
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={switchActive.isPending}
                    data-testid="credential-use"
                    onClick={() => switchActive.mutate({ provider: provider.provider, credential_id: credential.credential_id })}
                  >
                    {t('modelProviders.useCredential')}
                  </Button>
                )}
                <IconButton
                  label={t('modelProviders.editCredential')}
                  data-testid="credential-edit"
                  onClick={() => onEdit(credential.credential_id)}
                >
                  <PencilIcon />
                </IconButton>
                <IconButton
                  label={t('modelProviders.deleteCredential')}
                  data-testid="credential-delete"
                  onClick={() => setDeleting(credential)}
                >
                  <Trash2Icon className="text-destructive" />
                </IconButton>
              </li>
            );
          })
        )}
      </ul>
      <FormError>{switchActive.error ? errorMessage(t, switchActive.error) : ''}</FormError>
      <ConfirmDialog
        testId="delete-credential-dialog"
        open={deleting !== null}
        title={t('modelProviders.deleteCredentialTitle')}
        description={deleting ? t('modelProviders.deleteCredentialDescription', { name: deleting.credential_name }) : ''}
        confirmLabel={t('common.delete')}
        pending={remove.isPending}
        error={remove.error}
        onOpenChange={resetOnClose(() => setDeleting(null), remove)}
        onConfirm={() => deleting && remove.mutate({ provider: provider.provider, credential_id: deleting.credential_id })}
      />
    </div>
  );
}
