'use client';

import { useFormatter, useNow, useTranslations } from 'next-intl';
import { CopyIcon, DownloadIcon, KeyRoundIcon, MoreHorizontalIcon, PencilIcon, TagIcon, Trash2Icon } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { IconButton } from '@/components/ui/icon-button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { labelFor } from '@/lib/i18n/label-for';
import { type RouterOutputs } from '@/lib/trpc';
import { AppIcon } from './app-icon';
import { MODE_ICONS } from './modes';

/** One app of the console's list, as the router answers it. */
export type AppSummary = RouterOutputs['apps']['list']['data'][number];

export type AppAction = 'edit' | 'duplicate' | 'export' | 'api-keys' | 'tags' | 'delete';

export function AppCard({
  app,
  canEdit,
  onAction,
}: {
  app: AppSummary;
  canEdit: boolean;
  onAction: (action: AppAction, app: AppSummary) => void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  // Re-rendered each minute so "edited 3 minutes ago" stays true while the list is open.
  const now = useNow({ updateInterval: 60_000 });
  const ModeIcon = MODE_ICONS[app.mode];
  const when = app.updated_at ?? app.created_at;
  return (
    <article
      className="group relative flex h-44 flex-col rounded-xl border bg-card p-4 shadow-xs transition-shadow hover:shadow-md"
      data-testid="app-card"
      data-app-id={app.id}
    >
      <div className="flex items-start gap-3">
        <AppIcon value={app} />
        <div className="min-w-0 flex-1">
          <h3 className="truncate text-sm font-semibold" title={app.name} data-testid="app-card-name">
            {/* The link covers the whole card; the menu sits above it. */}
            <Link href={`/app/${app.id}`} className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-ring" data-testid="app-card-link">
              {app.name}
            </Link>
          </h3>
          <Badge variant="secondary" className="mt-1" data-testid="app-card-mode">
            {ModeIcon ? <ModeIcon className="size-3" /> : null}
            {labelFor(t, `modes.${app.mode}`, app.mode)}
          </Badge>
        </div>
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <IconButton label={t('apps.moreActions')} className="relative z-10" data-testid="app-card-menu">
              <MoreHorizontalIcon />
            </IconButton>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            {canEdit ? (
              <>
                <DropdownMenuItem onSelect={() => onAction('edit', app)} data-testid="app-action-edit">
                  <PencilIcon />
                  {t('apps.editInfo')}
                </DropdownMenuItem>
                <DropdownMenuItem onSelect={() => onAction('duplicate', app)} data-testid="app-action-duplicate">
                  <CopyIcon />
                  {t('apps.duplicate')}
                </DropdownMenuItem>
                <DropdownMenuItem onSelect={() => onAction('tags', app)} data-testid="app-action-tags">
                  <TagIcon />
                  {t('studio.tags.title')}
                </DropdownMenuItem>
                <DropdownMenuItem onSelect={() => onAction('export', app)} data-testid="app-action-export">
                  <DownloadIcon />
                  {t('apps.exportDsl')}
                </DropdownMenuItem>
              </>
            ) : null}
            <DropdownMenuItem onSelect={() => onAction('api-keys', app)} data-testid="app-action-api-keys">
              <KeyRoundIcon />
              {t('apps.apiKeys')}
            </DropdownMenuItem>
            {canEdit ? (
              <>
                <DropdownMenuSeparator />
                <DropdownMenuItem variant="destructive" onSelect={() => onAction('delete', app)} data-testid="app-action-delete">
                  <Trash2Icon />
                  {t('apps.delete')}
                </DropdownMenuItem>
              </>
            ) : null}
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
      <p className="mt-3 line-clamp-3 flex-1 text-xs leading-relaxed text-muted-foreground" data-testid="app-card-description">
        {app.description}
      </p>
      {app.tags?.length ? (
        <div className="mb-1 flex flex-wrap gap-1" data-testid="app-card-tags">
          {app.tags.map((tag) => (
            <Badge key={tag.id} variant="outline" className="font-normal">
              <TagIcon className="size-3" />
              {tag.name}
            </Badge>
          ))}
        </div>
      ) : null}
      <p className="truncate text-xs text-muted-foreground/80">
        {when ? t('apps.updatedAt', { when: format.relativeTime(new Date(when * 1000), now) }) : null}
        {app.author_name ? ` · ${t('apps.by', { name: app.author_name })}` : null}
      </p>
    </article>
  );
}
