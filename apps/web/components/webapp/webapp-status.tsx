'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/** Full-page states before the app can be shown: loading, unknown or disabled app, unreachable server. */
export function WebappStatus({ state, onRetry }: { state: 'loading' | 'unavailable' | 'failed'; onRetry?: () => void }) {
  const t = useTranslations('webapp');
  if (state === 'loading') {
    return (
      <main className="flex min-h-dvh items-center justify-center text-sm text-muted-foreground" aria-busy="true">
        {t('loading')}
      </main>
    );
  }
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-lg font-semibold" data-testid="webapp-unavailable">
        {state === 'unavailable' ? t('unavailableTitle') : t('loadFailed')}
      </h1>
      {state === 'unavailable' ? <p className="max-w-sm text-sm text-muted-foreground">{t('unavailableDescription')}</p> : null}
      {state === 'failed' && onRetry ? <Button onClick={onRetry}>{t('retry')}</Button> : null}
    </main>
  );
}
