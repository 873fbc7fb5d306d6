'use client';

import { useTranslations } from 'next-intl';
import { useQueryClient } from '@tanstack/react-query';
import { TagBindingDialog, type TagTarget } from '@/components/tags/tag-binding-dialog';
import { useTRPC } from '@/lib/trpc';

/** Chooses an app's tags from the workspace's app tags, and creates new ones on the spot. */
export function TagsDialog({ app, onOpenChange }: { app: TagTarget | null; onOpenChange: (open: boolean) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const s = useTranslations('studio.tags');
  return (
    <TagBindingDialog
      type="app"
      target={app}
      title={s('title')}
      description={app ? s('description', { name: app.name }) : ''}
      newTagLabel={s('newTag')}
      refresh={() => queryClient.invalidateQueries({ queryKey: trpc.apps.list.pathKey() })}
      onOpenChange={onOpenChange}
    />
  );
}
