'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { DialogFooter } from '@/components/ui/dialog';

interface Props {
  onCancel: () => void;
  pending: boolean;
  /** Whether the form can be sent yet (required text filled in); the button is off while pending anyway. */
  ready?: boolean;
  submitLabel: string;
  pendingLabel: string;
  submitTestId: string;
}

/** A dialog form's Cancel and submit buttons; both stay off while the request is in flight, as ConfirmDialog's do. */
export function FormActions({ onCancel, pending, ready = true, submitLabel, pendingLabel, submitTestId }: Props) {
  const t = useTranslations();
  return (
    <DialogFooter>
      <Button variant="outline" onClick={onCancel} disabled={pending}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" disabled={pending || !ready} data-testid={submitTestId}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </DialogFooter>
  );
}
