'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Input } from '@/components/ui/input';
import { useTRPC } from '@/lib/trpc';

export const ACCESS_MODES = ['public', 'private', 'private_all'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

/** Who may open the web app: everyone, the members chosen here, or every member of the workspace. */
export function AccessControl({
  mode,
  onModeChange,
  chosen,
  onChosenChange,
}: {
  mode: AccessMode;
  onModeChange: (mode: AccessMode) => void;
  chosen: string[];
  onChosenChange: (ids: string[]) => void;
}) {
  const s = useTranslations('studio.site');
  const trpc = useTRPC();
  const [keyword, setKeyword] = useState('');
  const members = useQuery({ ...trpc.enterprise.searchAccessSubjects.queryOptions({ keyword, resultsPerPage: 50 }), enabled: mode === 'private' });
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{s('access')}</legend>
      <div className="grid gap-1" role="radiogroup" aria-label={s('access')}>
        {ACCESS_MODES.map((value) => (
          <label key={value} className="flex items-start gap-2 rounded-md border p-2 text-sm">
            <input type="radio" name="access-mode" value={value} checked={mode === value} onChange={() => onModeChange(value)} data-testid={`access-${value}`} className="mt-1" />
            <span>
              <span className="font-medium">{s(`accessModes.${value}`)}</span>
              <span className="block text-xs text-muted-foreground">{s(`accessHints.${value}`)}</span>
            </span>
          </label>
        ))}
      </div>
      {mode === 'private' ? (
        <div className="grid gap-2 rounded-md border p-2">
          <Input type="search" placeholder={s('searchMembers')} aria-label={s('searchMembers')} value={keyword} onChange={(e) => setKeyword(e.target.value)} />
          <ul className="grid max-h-40 gap-1 overflow-y-auto" data-testid="access-members">
            {(members.data?.subjects ?? []).map(({ subjectId, accountData }) => (
              <li key={subjectId}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={chosen.includes(subjectId)}
                    onChange={(e) => onChosenChange(e.target.checked ? [...chosen, subjectId] : chosen.filter((id) => id !== subjectId))}
                    data-testid="access-member"
                  />
                  <span className="truncate">
                    {accountData.name} <span className="text-muted-foreground">{accountData.email}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
