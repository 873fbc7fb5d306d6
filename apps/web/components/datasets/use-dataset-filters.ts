'use client';

import { useUrlFilters } from '@/lib/use-url-filters';

export interface DatasetFilters {
  keyword: string;
  tagId: string;
}

export function datasetFiltersFromParams(params: { get: (key: string) => string | null }): DatasetFilters {
  return { keyword: params.get('keyword') ?? '', tagId: params.get('tag') ?? '' };
}

function writeDatasetFilters(filters: DatasetFilters, query: URLSearchParams): void {
  if (filters.keyword) query.set('keyword', filters.keyword);
  if (filters.tagId) query.set('tag', filters.tagId);
}

/** The knowledge list's keyword and tag, kept in the address. */
export function useDatasetFilters() {
  return useUrlFilters(datasetFiltersFromParams, writeDatasetFilters);
}
