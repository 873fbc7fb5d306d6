'use client';

import { useTranslations } from 'next-intl';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { CredentialForm } from './credential-form';
import { CredentialList } from './credential-list';
import { useLocalText } from './local-text';
import { type ProviderResponse } from './provider-types';
import { ProviderIcon } from './provider-icon';

/** What the dialog shows: the saved credentials, or the form for one of them (null: a new one). */
export type CredentialsView = { kind: 'list' } | { kind: 'form'; credentialId: string | null; fromList: boolean };

interface Props {
  provider: ProviderResponse | null;
  view: CredentialsView;
  onViewChange: (view: CredentialsView) => void;
  onClose: () => void;
}

export function CredentialsDialog({ provider, view, onViewChange, onClose }: Props) {
  const t = useTranslations();
  const text = useLocalText();
  const backOrClose = () => (view.kind === 'form' && view.fromList ? onViewChange({ kind: 'list' }) : onClose());
  return (
    <Dialog open={provider !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent closeLabel={t('common.close')} className="max-w-xl" data-testid="credentials-dialog">
        {provider ? (
          <>
            <DialogHeader>
              <DialogTitle className="flex items-center gap-2">
                <ProviderIcon provider={provider} size="sm" />
                {view.kind === 'list'
                  ? t('modelProviders.credentialsTitle', { provider: text(provider.label) })
                  : view.credentialId
                    ? t('modelProviders.editCredential')
                    : t('modelProviders.newCredential')}
              </DialogTitle>
              <DialogDescription>{t('modelProviders.credentialsDescription')}</DialogDescription>
            </DialogHeader>
            {view.kind === 'list' ? (
              <CredentialList provider={provider} onEdit={(credentialId) => onViewChange({ kind: 'form', credentialId, fromList: true })} />
            ) : (
              <CredentialForm
                key={view.credentialId ?? 'new'}
                provider={provider}
                credentialId={view.credentialId}
                onDone={backOrClose}
                onCancel={backOrClose}
              />
            )}
          </>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
