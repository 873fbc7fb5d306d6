'use client';

import { useTranslations } from 'next-intl';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { LayoutGridIcon, LayoutTemplateIcon, PlusIcon, SearchIcon } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PageHeader } from '@/components/console/page-header';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { LoadError } from '@/components/studio/shell/load-error';
import { errorMessage } from '@/lib/errors';
import { canEditApps } from '@/lib/roles';
import { type RouterOutputs, useTRPC } from '@/lib/trpc';
import { cn, resetOnClose } from '@/lib/utils';
import { useCurrentWorkspace } from '@/lib/use-workspace';
import { ApiKeysDialog } from './api-keys-dialog';
import { type AppAction, AppCard, type AppSummary } from './app-card';
import { AppFormDialog, type AppFormValues } from './app-form-dialog';
import { FILTER_MODES, type FilterMode, MODE_ICONS } from './modes';
import { ImportDslButton } from './import-dsl-dialog';
import { TagsDialog } from './tags-dialog';
import { TemplateDialog } from './template-dialog';
import { type AppFilters } from './app-filters';
import { useAppFilters } from './use-app-filters';

const PAGE_SIZE = 30;

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-yaml;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function formValuesOf(app: AppSummary): Partial<AppFormValues> {
  return {
    name: app.name,
    description: app.description ?? '',
    icon: app.icon_type === 'emoji' && app.icon ? app.icon : undefined,
    icon_background: app.icon_background ?? undefined,
  };
}

function listInputOf(filters: AppFilters, page: number) {
  return {
    page,
    limit: PAGE_SIZE,
    mode: filters.mode,
    ...(filters.name ? { name: filters.name } : {}),
    ...(filters.tagId ? { tag_ids: filters.tagId } : {}),
  };
}

export function AppsView({ initial }: { initial?: { filters: AppFilters; data: RouterOutputs['apps']['list'] | null } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const workspace = useCurrentWorkspace();
  const canEdit = canEditApps(workspace.data?.role);

  const [filters, setFilters] = useAppFilters();
  const { mode, tagId } = filters;
  const setMode = (next: FilterMode) => setFilters({ mode: next });
  const [search, setSearch] = useState(filters.name);
  const name = useDebounced(search.trim(), 300);
  useEffect(() => {
    if (name !== filters.name) setFilters({ name });
  }, [name, filters.name, setFilters]);
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [mode, filters.name, tagId]);

  const listInput = listInputOf(filters, page);
  // The server rendered the first page for the filters in the address; later pages and filters load here.
  const isInitial = initial !== undefined && JSON.stringify(listInput) === JSON.stringify(listInputOf(initial.filters, 1));
  const apps = useQuery({
    ...trpc.apps.list.queryOptions(listInput),
    placeholderData: keepPreviousData,
    ...(isInitial && initial.data ? { initialData: initial.data } : {}),
  });
  const tags = useQuery(trpc.tags.list.queryOptions({ type: 'app' }));
  const invalidateList = () => queryClient.invalidateQueries({ queryKey: trpc.apps.list.pathKey() });

  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AppSummary | null>(null);
  const [duplicating, setDuplicating] = useState<AppSummary | null>(null);
  const [deleting, setDeleting] = useState<AppSummary | null>(null);
  const [keysFor, setKeysFor] = useState<AppSummary | null>(null);
  const [tagsFor, setTagsFor] = useState<AppSummary | null>(null);
  const [templates, setTemplates] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), 3000);
    return () => clearTimeout(timer);
  }, [flash]);

  const closeAndRefresh = (close: () => void) => async () => {
    close();
    await invalidateList();
  };
  // A new app opens at once, as in Dify: the next thing its author does is configure it.
  const create = useMutation(
    trpc.apps.create.mutationOptions({
      onSuccess: async (app) => {
        await invalidateList();
        router.push(`/app/${app.id}`);
      },
    }),
  );
  const update = useMutation(trpc.apps.update.mutationOptions({ onSuccess: closeAndRefresh(() => setEditing(null)) }));
  const copy = useMutation(trpc.apps.copy.mutationOptions({ onSuccess: closeAndRefresh(() => setDuplicating(null)) }));
  const remove = useMutation(trpc.apps.delete.mutationOptions({ onSuccess: closeAndRefresh(() => setDeleting(null)) }));

  async function exportDsl(app: AppSummary) {
    setActionError(null);
    try {
      const answer = await queryClient.fetchQuery({ ...trpc.apps.export.queryOptions({ app_id: app.id }), staleTime: 0 });
      download(`${app.name}.yml`, answer.data);
      setFlash(t('apps.exported'));
    } catch (error) {
      setActionError(error);
    }
  }

  function onAction(action: AppAction, app: AppSummary) {
    if (action === 'edit') setEditing(app);
    else if (action === 'duplicate') setDuplicating(app);
    else if (action === 'delete') setDeleting(app);
    else if (action === 'api-keys') setKeysFor(app);
    else if (action === 'tags') setTagsFor(app);
    else void exportDsl(app);
  }

  const iconFields = (values: AppFormValues) => ({
    icon_type: 'emoji' as const,
    icon: values.icon,
    icon_background: values.icon_background,
  });

  const data = apps.data;
  const rows: AppSummary[] = data?.data ?? [];
  const pages = data ? Math.max(1, Math.ceil(data.total / (data.limit || PAGE_SIZE))) : 1;

  return (
    <div className="grid grid-cols-1 gap-6 *:min-w-0">
      <PageHeader title={t('apps.title')} description={t('apps.description')}>
        {canEdit ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="outline" onClick={() => setTemplates(true)} data-testid="create-from-template">
              <LayoutTemplateIcon />
              {t('studio.templates.open')}
            </Button>
            <ImportDslButton />
            <Button onClick={() => setCreating(true)} data-testid="create-app">
              <PlusIcon />
              {t('apps.create')}
            </Button>
          </div>
        ) : null}
      </PageHeader>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1" role="tablist" aria-label={t('apps.type')}>
          {FILTER_MODES.map((value) => {
            const Icon = value === 'all' ? LayoutGridIcon : MODE_ICONS[value];
            const active = mode === value;
            return (
              <button
                key={value}
                type="button"
                role="tab"
                aria-selected={active}
                data-testid={`mode-filter-${value}`}
                onClick={() => setMode(value)}
                className={cn(
                  'inline-flex cursor-pointer items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground',
                  active && 'bg-card text-primary shadow-xs ring-1 ring-border',
                )}
              >
                {Icon ? <Icon className="size-4" /> : null}
                {t(`modes.${value}`)}
              </button>
            );
          })}
        </div>
        <div className="flex w-full gap-2 sm:w-auto">
        <Select value={tagId || 'all'} onValueChange={(value) => setFilters({ tagId: value === 'all' ? '' : value })}>
          <SelectTrigger className="w-36 shrink-0" aria-label={t('studio.tags.filter')} data-testid="tag-filter">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">{t('studio.tags.all')}</SelectItem>
            {(tags.data ?? []).map((tag) => (
              <SelectItem key={tag.id} value={tag.id} data-testid="tag-filter-option" data-tag={tag.name}>
                {tag.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <div className="relative w-full sm:w-64">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            type="search"
            className="pl-9"
            placeholder={t('apps.search')}
            aria-label={t('apps.search')}
            data-testid="app-search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        </div>
      </div>

      <FormError>{actionError ? errorMessage(t, actionError) : ''}</FormError>

      {apps.error && !apps.data ? (
        <LoadError error={apps.error} onRetry={() => void apps.refetch()} />
      ) : apps.isLoading ? (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className="h-44 animate-pulse rounded-xl border bg-muted/60" />
          ))}
        </div>
      ) : rows.length === 0 ? (
        <div className="flex flex-col items-center justify-center rounded-xl border border-dashed bg-card px-6 py-16 text-center" data-testid="apps-empty">
          <LayoutGridIcon className="mb-3 size-10 text-muted-foreground/60" />
          <p className="font-medium">{name || mode !== 'all' || tagId ? t('apps.noMatches') : t('apps.empty')}</p>
          {!name && mode === 'all' && !tagId ? <p className="mt-1 text-sm text-muted-foreground">{t('apps.emptyHint')}</p> : null}
          {!name && mode === 'all' && canEdit ? (
            <Button className="mt-4" onClick={() => setCreating(true)}>
              <PlusIcon />
              {t('apps.create')}
            </Button>
          ) : null}
        </div>
      ) : (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" data-testid="app-list">
          {rows.map((app) => (
            <AppCard key={app.id} app={app} canEdit={canEdit} onAction={onAction} />
          ))}
        </div>
      )}

      {data && data.total > 0 ? (
        <div className="flex items-center justify-between text-sm text-muted-foreground">
          <span data-testid="apps-total">{t('apps.total', { count: data.total })}</span>
          {pages > 1 ? (
            <div className="flex items-center gap-2">
              <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('common.previous')}
              </Button>
              <span>{t('common.pageOf', { page, pages })}</span>
              <Button variant="outline" size="sm" disabled={!data.has_more} onClick={() => setPage(page + 1)}>
                {t('common.next')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}

      <AppFormDialog
        kind="create"
        open={creating}
        pending={create.isPending}
        error={create.error}
        onOpenChange={(open) => {
          setCreating(open);
          if (!open) create.reset();
        }}
        onSubmit={(values) =>
          create.mutate({
            name: values.name,
            mode: values.mode,
            ...(values.description ? { description: values.description } : {}),
            ...iconFields(values),
          })
        }
      />
      <AppFormDialog
        kind="edit"
        open={editing !== null}
        initial={editing ? formValuesOf(editing) : undefined}
        pending={update.isPending}
        error={update.error}
        onOpenChange={resetOnClose(() => setEditing(null), update)}
        onSubmit={(values) =>
          editing &&
          update.mutate({ app_id: editing.id, name: values.name, description: values.description, ...iconFields(values) })
        }
      />
      <AppFormDialog
        kind="duplicate"
        open={duplicating !== null}
        initial={duplicating ? { ...formValuesOf(duplicating), name: t('apps.duplicateName', { name: duplicating.name }) } : undefined}
        pending={copy.isPending}
        error={copy.error}
        onOpenChange={resetOnClose(() => setDuplicating(null), copy)}
        onSubmit={(values) =>
          duplicating &&
          copy.mutate({ app_id: duplicating.id, name: values.name, description: values.description, ...iconFields(values) })
        }
      />
      <ConfirmDialog
        testId="delete-app-dialog"
        open={deleting !== null}
        title={t('apps.deleteTitle')}
        description={deleting ? t('apps.deleteDescription', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        pending={remove.isPending}
        error={remove.error}
        onOpenChange={resetOnClose(() => setDeleting(null), remove)}
        onConfirm={() => deleting && remove.mutate({ app_id: deleting.id })}
      />
      <TagsDialog app={tagsFor} onOpenChange={(open) => !open && setTagsFor(null)} />
      <TemplateDialog open={templates} onOpenChange={setTemplates} />
      <ApiKeysDialog
        appId={keysFor?.id ?? null}
        appName={keysFor?.name ?? ''}
        role={workspace.data?.role}
        onOpenChange={(open) => {
          if (!open) setKeysFor(null);
        }}
      />
      {flash ? (
        <div
          role="status"
          className="fixed bottom-6 left-1/2 z-50 -translate-x-1/2 rounded-lg bg-foreground px-4 py-2 text-sm text-background shadow-lg"
          data-testid="flash"
        >
          {flash}
        </div>
      ) : null}
    </div>
  );
}
