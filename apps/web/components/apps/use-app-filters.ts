'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef } from 'react';
import { type AppFilters, filtersFromParams } from './app-filters';

export function useAppFilters(): [AppFilters, (change: Partial<AppFilters>) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = filtersFromParams(params);
  // router.replace lands asynchronously: a second change made before the address caught up (a
  // debounced search, then a mode click) must build on the first, not on the stale address.
  const pending = useRef<string | null>(null);
  const current = params.toString();
  useEffect(() => {
    if (pending.current === current) pending.current = null;
  }, [current]);
  const setFilters = useCallback(
    (change: Partial<AppFilters>) => {
      const base = new URLSearchParams(pending.current ?? window.location.search);
      const next = { ...filtersFromParams(base), ...change };
      const query = new URLSearchParams();
      if (next.mode !== 'all') query.set('mode', next.mode);
      if (next.name) query.set('name', next.name);
      if (next.tagId) query.set('tag', next.tagId);
      const text = query.toString();
      pending.current = text;
      router.replace(text ? `${pathname}?${text}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  return [filters, setFilters];
}
