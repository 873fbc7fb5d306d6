'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils';

/** Previous / "page N of M" / next under a paged list; `pages` omitted shows no count. */
export function Pager({ page, pages, hasMore, onPage, className }: { page: number; pages?: number; hasMore: boolean; onPage: (page: number) => void; className?: string }) {
  const t = useTranslations();
  return (
    <div className={cn('flex items-center justify-end gap-2 text-sm text-muted-foreground', className)}>
      <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </Button>
      {pages === undefined ? null : <span>{t('common.pageOf', { page, pages })}</span>}
      <Button variant="outline" size="sm" disabled={!hasMore} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </Button>
    </div>
  );
}
