'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { type AppFilters, filtersFromParams } from './app-filters';

export function useAppFilters(): [AppFilters, (change: Partial<AppFilters>) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = filtersFromParams(params);
  const setFilters = useCallback(
    (change: Partial<AppFilters>) => {
      const next = { ...filtersFromParams(new URLSearchParams(window.location.search)), ...change };
      const query = new URLSearchParams();
      if (next.mode !== 'all') query.set('mode', next.mode);
      if (next.name) query.set('name', next.name);
      if (next.tagId) query.set('tag', next.tagId);
      const text = query.toString();
      router.replace(text ? `${pathname}?${text}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  return [filters, setFilters];
}
