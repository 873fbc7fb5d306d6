'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef } from 'react';

type ParamReader = { get(key: string): string | null };

/**
 * A list's filters kept in the address, so a reload or a shared link keeps them: `read` parses the
 * query string, `write` sets the non-default values on an empty one. Changes replace the address
 * without scrolling.
 */
export function useUrlFilters<F>(read: (params: ParamReader) => F, write: (filters: F, query: URLSearchParams) => void): [F, (change: Partial<F>) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  // router.replace lands asynchronously: a second change made before the address caught up (a
  // debounced search, then a click) must build on the first, not on the stale address.
  const pending = useRef<string | null>(null);
  const current = params.toString();
  useEffect(() => {
    if (pending.current === current) pending.current = null;
  }, [current]);
  const setFilters = useCallback(
    (change: Partial<F>) => {
      const next = { ...read(new URLSearchParams(pending.current ?? window.location.search)), ...change };
      const query = new URLSearchParams();
      write(next, query);
      const text = query.toString();
      pending.current = text;
      router.replace(text ? `${pathname}?${text}` : pathname, { scroll: false });
    },
    [router, pathname, read, write],
  );
  return [read(params), setFilters];
}
