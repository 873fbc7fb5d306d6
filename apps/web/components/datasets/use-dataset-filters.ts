'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef } from 'react';

export interface DatasetFilters {
  keyword: string;
  tagId: string;
}

export function datasetFiltersFromParams(params: { get: (key: string) => string | null }): DatasetFilters {
  return { keyword: params.get('keyword') ?? '', tagId: params.get('tag') ?? '' };
}

/** The list's keyword and tag live in the address, so a reload or a shared link keeps them. */
export function useDatasetFilters(): [DatasetFilters, (change: Partial<DatasetFilters>) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const pending = useRef<string | null>(null);
  const current = params.toString();
  useEffect(() => {
    if (pending.current === current) pending.current = null;
  }, [current]);
  const setFilters = useCallback(
    (change: Partial<DatasetFilters>) => {
      const next = { ...datasetFiltersFromParams(new URLSearchParams(pending.current ?? window.location.search)), ...change };
      const query = new URLSearchParams();
      if (next.keyword) query.set('keyword', next.keyword);
      if (next.tagId) query.set('tag', next.tagId);
      const text = query.toString();
      pending.current = text;
      router.replace(text ? `${pathname}?${text}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  return [datasetFiltersFromParams(params), setFilters];
}
