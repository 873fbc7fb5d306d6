'use client';

import { useUrlFilters } from '@/lib/use-url-filters';
import { type AppFilters, filtersFromParams } from './app-filters';

function writeAppFilters(filters: AppFilters, query: URLSearchParams): void {
  if (filters.mode !== 'all') query.set('mode', filters.mode);
  if (filters.name) query.set('name', filters.name);
  if (filters.tagId) query.set('tag', filters.tagId);
}

/** The app list's mode, name search and tag, kept in the address. */
export function useAppFilters() {
  return useUrlFilters(filtersFromParams, writeAppFilters);
}
