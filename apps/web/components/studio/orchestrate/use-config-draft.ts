'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { type RouterOutputs, useTRPC } from '@/lib/trpc';

type SavedConfig = RouterOutputs['apps']['modelConfig']['get'];
export type ConfigDraft = Omit<SavedConfig, 'id' | 'version' | 'created_by' | 'created_at' | 'updated_by' | 'updated_at'>;
type Raw = Record<string, unknown>;

const storageKey = (appId: string) => `tessera:studio-draft:${appId}`;

/** Opens the studio of an app on a prepared, unsaved draft (a template's configuration). */
export function storeDraft(appId: string, draft: ConfigDraft): void {
  sessionStorage.setItem(storageKey(appId), JSON.stringify(draft));
}

export function draftFromSaved(saved: SavedConfig): ConfigDraft {
  return draftOf(saved);
}

function draftOf(saved: SavedConfig): ConfigDraft {
  const { id: _id, version: _version, created_by: _cb, created_at: _ca, updated_by: _ub, updated_at: _ua, ...draft } = saved;
  return draft;
}

function readStored(appId: string): ConfigDraft | null {
  try {
    const text = sessionStorage.getItem(storageKey(appId));
    return text ? (JSON.parse(text) as ConfigDraft) : null;
  } catch {
    return null;
  }
}

/**
 * The configuration being edited. Edits live in this tab's session storage until Publish saves
 * them as a new version, so moving to Logs and back (or a reload) keeps them; leaving the page
 * with unsaved edits asks first.
 */
export function useConfigDraft(appId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const saved = useQuery(trpc.apps.modelConfig.get.queryOptions({ app_id: appId }));
  const [draft, setDraftState] = useState<ConfigDraft | null>(null);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!saved.data || draft) return;
    const stored = readStored(appId);
    setDraftState(stored ?? draftOf(saved.data));
    setDirty(Boolean(stored));
  }, [saved.data, draft, appId]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const update = useCallback(
    (change: (current: ConfigDraft) => ConfigDraft) => {
      setDraftState((current) => {
        if (!current) return current;
        const next = change(current);
        sessionStorage.setItem(storageKey(appId), JSON.stringify(next));
        return next;
      });
      setDirty(true);
    },
    [appId],
  );

  const patch = useCallback((key: keyof ConfigDraft, value: Raw | string | unknown[]) => update((c) => ({ ...c, [key]: value })), [update]);

  const forget = () => {
    sessionStorage.removeItem(storageKey(appId));
    setDirty(false);
  };

  const publish = useMutation(
    trpc.apps.modelConfig.save.mutationOptions({
      onSuccess: async () => {
        forget();
        await queryClient.invalidateQueries({ queryKey: trpc.apps.modelConfig.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.apps.get.queryKey({ app_id: appId }) });
      },
    }),
  );

  const discard = () => {
    forget();
    if (saved.data) setDraftState(draftOf(saved.data));
  };

  return {
    saved,
    draft,
    dirty,
    update,
    patch,
    discard,
    publish: () => draft && publish.mutate({ app_id: appId, ...draft }),
    publishing: publish.isPending,
    publishError: publish.error,
    published: publish.isSuccess && !dirty,
  };
}
