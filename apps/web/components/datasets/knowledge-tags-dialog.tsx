'use client';

import { useTranslations } from 'next-intl';
import { useQueryClient } from '@tanstack/react-query';
import { TagBindingDialog, type TagTarget } from '@/components/tags/tag-binding-dialog';
import { useTRPC } from '@/lib/trpc';

/** Chooses a knowledge base's tags from the workspace's knowledge tags, and creates new ones on the spot. */
export function KnowledgeTagsDialog({ dataset, onOpenChange }: { dataset: TagTarget | null; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.datasets.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.datasets.get.pathKey() }),
    ]);
  return (
    <TagBindingDialog
      type="knowledge"
      target={dataset}
      title={t('datasets.settings.tags')}
      description={dataset ? t('datasets.tagsFor', { name: dataset.name }) : ''}
      newTagLabel={t('datasets.settings.newTag')}
      refresh={refresh}
      onOpenChange={onOpenChange}
    />
  );
}
