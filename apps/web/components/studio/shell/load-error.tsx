'use client';

import { useTranslations } from 'next-intl';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/errors';

/** A failed load says so and offers a retry, rather than looking like an empty page. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useTranslations();
  return (
    <div className="grid justify-items-center gap-3 rounded-xl border border-dashed p-8 text-center" data-testid="load-error">
      <p className="font-medium">{t('common.loadFailed')}</p>
      <FormError>{errorMessage(t, error)}</FormError>
      <Button variant="outline" onClick={onRetry} data-testid="load-retry">
        {t('common.retry')}
      </Button>
    </div>
  );
}
