import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { LogoMark } from '@/components/logo';

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-6 text-center">
      <LogoMark className="size-10" />
      <h1 className="text-2xl font-semibold" data-testid="not-found-title">
        {t('common.notFoundTitle')}
      </h1>
      <p className="text-sm text-muted-foreground">{t('common.notFoundDescription')}</p>
      <Button asChild>
        <Link href="/">{t('common.goHome')}</Link>
      </Button>
    </main>
  );
}
