'use client';

import { useTranslations } from 'next-intl';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

// Server errors reach the browser without their message in production, so the text is generic.
export default function ConsoleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <div className="mx-auto grid max-w-md gap-4 py-16 text-center" data-testid="console-error">
      <h1 className="text-xl font-semibold">{t('common.errorTitle')}</h1>
      <FormError>{t('errors.generic')}</FormError>
      <div>
        <Button onClick={reset}>{t('common.retry')}</Button>
      </div>
    </div>
  );
}
