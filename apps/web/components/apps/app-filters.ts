import { FILTER_MODES, type FilterMode } from './modes';

export interface AppFilters {
  mode: FilterMode;
  name: string;
  tagId: string;
}

/** Reads the list's filters from the query string (`?mode=chat&name=bot&tag=…`), so a filtered list can be shared and survives a reload. */
export function filtersFromParams(params: { get(key: string): string | null }): AppFilters {
  const mode = params.get('mode');
  return {
    mode: (FILTER_MODES as readonly string[]).includes(mode ?? '') ? (mode as FilterMode) : 'all',
    name: params.get('name')?.trim() ?? '',
    tagId: params.get('tag') ?? '',
  };
}
