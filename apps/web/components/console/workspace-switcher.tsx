'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronsUpDownIcon, PencilIcon, PlusIcon } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import {
  DropdownMenu,
  DropdownMenuCheckItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { TextField } from '@/components/ui/text-field';
import { FormActions } from '@/components/form-actions';
import { errorMessage } from '@/lib/errors';
import { isAdminOrOwner } from '@/lib/roles';
import { useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace } from '@/lib/use-workspace';

export function WorkspaceAvatar({ name, className = '' }: { name: string; className?: string }) {
  return (
    <span
      className={`inline-flex size-6 shrink-0 items-center justify-center rounded-md bg-gradient-to-br from-indigo-500 to-sky-500 text-xs font-semibold text-white ${className}`}
      aria-hidden="true"
    >
      {Array.from(name.trim())[0]?.toUpperCase() ?? 'W'}
    </span>
  );
}

export function WorkspaceSwitcher() {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const current = useCurrentWorkspace();
  const list = useQuery(trpc.workspaces.list.queryOptions());
  const [dialog, setDialog] = useState<'create' | 'rename' | null>(null);

  const afterChange = async () => {
    await queryClient.invalidateQueries();
    router.refresh();
  };
  const switchWorkspace = useMutation(trpc.workspaces.switchTo.mutationOptions({ onSuccess: afterChange }));

  const name = current.data?.name ?? '';
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="sm" className="max-w-[40vw] gap-2 px-2 sm:max-w-64" data-testid="workspace-switcher" aria-label={name || t('workspace.switchTo')}>
            <WorkspaceAvatar name={name || 'W'} />
            <span className="truncate font-semibold" data-testid="workspace-current-name">
              {name}
            </span>
            <ChevronsUpDownIcon className="size-4 text-muted-foreground" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-64">
          <DropdownMenuLabel>{t('workspace.switchTo')}</DropdownMenuLabel>
          {(list.data?.workspaces ?? []).map((workspace) => (
            <DropdownMenuCheckItem
              key={workspace.id}
              checked={workspace.current}
              data-testid="workspace-option"
              onSelect={() => {
                if (!workspace.current) switchWorkspace.mutate({ tenant_id: workspace.id });
              }}
            >
              <WorkspaceAvatar name={workspace.name} />
              <span className="truncate">{workspace.name}</span>
            </DropdownMenuCheckItem>
          ))}
          <DropdownMenuSeparator />
          {isAdminOrOwner(current.data?.role) ? (
            <DropdownMenuItem onSelect={() => setDialog('rename')} data-testid="workspace-rename">
              <PencilIcon />
              {t('workspace.rename')}
            </DropdownMenuItem>
          ) : null}
          <DropdownMenuItem onSelect={() => setDialog('create')} data-testid="workspace-create">
            <PlusIcon />
            {t('workspace.create')}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <WorkspaceNameDialog
        mode={dialog}
        initialName={dialog === 'rename' ? name : ''}
        onClose={() => setDialog(null)}
        onDone={afterChange}
      />
    </>
  );
}

function WorkspaceNameDialog({
  mode,
  initialName,
  onClose,
  onDone,
}: {
  mode: 'create' | 'rename' | null;
  initialName: string;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [name, setName] = useState(initialName);
  const [openedFor, setOpenedFor] = useState(mode);
  if (openedFor !== mode) {
    setOpenedFor(mode);
    setName(initialName);
  }
  const closeAndRefresh = async () => {
    onClose();
    await onDone();
  };
  // A new workspace becomes the current one on the server.
  const create = useMutation(trpc.workspaces.create.mutationOptions({ onSuccess: closeAndRefresh }));
  const rename = useMutation(trpc.workspaces.rename.mutationOptions({ onSuccess: closeAndRefresh }));
  const pending = create.isPending || rename.isPending;
  const error = mode === 'create' ? create.error : rename.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mode === 'create') create.mutate({ name: name.trim() });
    else rename.mutate({ name: name.trim() });
  }

  return (
    <Dialog
      open={mode !== null}
      onOpenChange={(open) => {
        if (!open) {
          create.reset();
          rename.reset();
          onClose();
        }
      }}
    >
      <DialogContent closeLabel={t('common.close')} data-testid="workspace-dialog">
        <form className="grid gap-4" onSubmit={submit}>
          <DialogHeader>
            <DialogTitle>{mode === 'rename' ? t('workspace.renameTitle') : t('workspace.createTitle')}</DialogTitle>
            <DialogDescription>{t('workspace.createDescription')}</DialogDescription>
          </DialogHeader>
          <TextField
            id="workspace-name"
            data-testid="workspace-name-input"
            label={t('workspace.name')}
            placeholder={t('workspace.namePlaceholder')}
            required
            maxLength={64}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <FormError>{error ? errorMessage(t, error) : ''}</FormError>
          <FormActions
            onCancel={onClose}
            pending={pending}
            ready={name.trim() !== ''}
            submitLabel={mode === 'rename' ? t('common.save') : t('common.create')}
            pendingLabel={t('common.saving')}
            submitTestId="workspace-name-submit"
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
