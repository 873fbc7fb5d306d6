'use client';

import { useTranslations } from 'next-intl';
import { AlertDialog, AlertDialogAction, AlertDialogCancel, AlertDialogContent, AlertDialogDescription, AlertDialogFooter, AlertDialogHeader, AlertDialogTitle } from '@/components/ui/alert-dialog';
import { FormError } from '@/components/ui/alert';

interface Props {
  pending: boolean;
  error: Error | null;
  onClose: () => void;
  onConfirm: () => void;
}

/**
 * The web app's own confirmation: the console's dialog reads the console's messages, which the web app
 * does not ship. Stays open until the deletion has finished.
 */
export function DeleteConversationDialog({ pending, error, onClose, onConfirm }: Props) {
  const t = useTranslations('webapp');
  return (
    <AlertDialog open onOpenChange={(open) => !open && onClose()}>
      <AlertDialogContent data-testid="webapp-delete-dialog">
        <AlertDialogHeader>
          <AlertDialogTitle>{t('deleteTitle')}</AlertDialogTitle>
          <AlertDialogDescription>{t('deleteDescription')}</AlertDialogDescription>
        </AlertDialogHeader>
        <FormError>{error ? error.message || t('loadFailed') : ''}</FormError>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{t('cancel')}</AlertDialogCancel>
          <AlertDialogAction
            data-testid="confirm-action"
            disabled={pending}
            onClick={(event) => {
              event.preventDefault();
              onConfirm();
            }}
          >
            {pending ? t('deleting') : t('delete')}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
