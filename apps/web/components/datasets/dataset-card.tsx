'use client';

import { useTranslations } from 'next-intl';
import { DatabaseIcon, FileTextIcon, MoreHorizontalIcon, SettingsIcon, TagIcon, Trash2Icon } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { IconButton } from '@/components/ui/icon-button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { labelFor } from '@/lib/i18n/label-for';
import { type RouterOutputs } from '@/lib/trpc';

export type DatasetSummary = RouterOutputs['datasets']['list']['data'][number];
export type DatasetAction = 'tags' | 'settings' | 'delete';

export function DatasetCard({ dataset, canEdit, onAction }: { dataset: DatasetSummary; canEdit: boolean; onAction: (action: DatasetAction, dataset: DatasetSummary) => void }) {
  const t = useTranslations();
  const technique = dataset.indexing_technique ? labelFor(t, `datasets.technique.${dataset.indexing_technique}`, '') : '';
  const appCount = typeof dataset.app_count === 'number' ? dataset.app_count : 0;
  return (
    <article className="relative flex h-44 flex-col rounded-xl border bg-card p-4 shadow-xs transition-shadow hover:shadow-md" data-testid="dataset-card" data-dataset-id={dataset.id}>
      <div className="flex items-start gap-3">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-primary/10 text-primary">
          <DatabaseIcon className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <h3 className="truncate text-sm font-semibold" title={dataset.name}>
            <Link
              href={`/datasets/${dataset.id}/documents`}
              className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-ring"
              data-testid="dataset-card-link"
            >
              {dataset.name}
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap gap-x-2 text-xs text-muted-foreground" data-testid="dataset-card-stats">
            <span>{t('datasets.documents', { n: dataset.document_count })}</span>
            <span>{t('datasets.words', { n: dataset.word_count })}</span>
            <span>{t('datasets.apps', { n: appCount })}</span>
          </p>
        </div>
        {canEdit ? (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <IconButton label={t('datasets.actions', { name: dataset.name })} className="relative z-10" data-testid="dataset-card-menu">
                <MoreHorizontalIcon />
              </IconButton>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end">
              <DropdownMenuItem onSelect={() => onAction('settings', dataset)}>
                <SettingsIcon />
                {t('datasets.nav.settings')}
              </DropdownMenuItem>
              <DropdownMenuItem onSelect={() => onAction('tags', dataset)} data-testid="dataset-action-tags">
                <TagIcon />
                {t('studio.tags.title')}
              </DropdownMenuItem>
              <DropdownMenuSeparator />
              <DropdownMenuItem variant="destructive" onSelect={() => onAction('delete', dataset)} data-testid="dataset-action-delete">
                <Trash2Icon />
                {t('common.delete')}
              </DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        ) : null}
      </div>
      <p className="mt-3 line-clamp-2 flex-1 text-xs leading-relaxed text-muted-foreground">{dataset.description}</p>
      <div className="flex flex-wrap items-center gap-1">
        {technique ? (
          <Badge variant="secondary" className="font-normal">
            <FileTextIcon className="size-3" />
            {technique}
          </Badge>
        ) : null}
        {dataset.tags.map((tag) => (
          <Badge key={tag.id} variant="outline" className="font-normal" data-testid="dataset-card-tag">
            <TagIcon className="size-3" />
            {tag.name}
          </Badge>
        ))}
      </div>
    </article>
  );
}
