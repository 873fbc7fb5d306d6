'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PlusIcon } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';

export interface TagTarget {
  id: string;
  name: string;
  tags?: { id: string }[];
}

/**
 * Chooses the tags of one app or knowledge base from the workspace's tags of that type, and creates
 * new ones on the spot (bound at once). `refresh` reloads what shows the target's tags.
 */
export function TagBindingDialog({
  type,
  target,
  title,
  description,
  newTagLabel,
  refresh,
  onOpenChange,
}: {
  type: 'app' | 'knowledge';
  target: TagTarget | null;
  title: string;
  description: string;
  newTagLabel: string;
  refresh: () => Promise<unknown>;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tags = useQuery({ ...trpc.tags.list.queryOptions({ type }), enabled: target !== null });
  const [name, setName] = useState('');
  const refreshAll = () => Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: trpc.tags.list.pathKey() })]);
  const bind = useMutation(trpc.tags.bind.mutationOptions({ onSuccess: refreshAll }));
  const unbind = useMutation(trpc.tags.unbind.mutationOptions({ onSuccess: refreshAll }));
  const create = useMutation(
    trpc.tags.create.mutationOptions({
      onSuccess: async (tag) => {
        setName('');
        if (target) {
          setBound((current) => new Set(current).add(tag.id));
          await bind.mutateAsync({ tag_ids: [tag.id], target_id: target.id, type });
        }
      },
    }),
  );
  const [bound, setBound] = useState<Set<string>>(new Set());
  const [seeded, setSeeded] = useState<string | null>(null);
  if (target && seeded !== target.id) {
    setSeeded(target.id);
    setBound(new Set((target.tags ?? []).map((tag) => tag.id)));
  }
  const toggle = (tagId: string, on: boolean) => {
    if (!target) return;
    setBound((current) => {
      const next = new Set(current);
      if (on) next.add(tagId);
      else next.delete(tagId);
      return next;
    });
    if (on) bind.mutate({ tag_ids: [tagId], target_id: target.id, type });
    else unbind.mutate({ tag_ids: [tagId], target_id: target.id, type });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ name: name.trim(), type });
  };
  const error = create.error ?? bind.error ?? unbind.error;
  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => {
        if (!open) setSeeded(null);
        onOpenChange(open);
      }}
    >
      <DialogContent closeLabel={t('common.close')} data-testid="tags-dialog">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <ul className="grid max-h-64 gap-1 overflow-y-auto">
          {(tags.data ?? []).map((tag) => (
            <li key={tag.id}>
              <label className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-accent">
                <input type="checkbox" checked={bound.has(tag.id)} onChange={(e) => toggle(tag.id, e.target.checked)} data-testid="tag-option" data-tag={tag.name} />
                {tag.name}
              </label>
            </li>
          ))}
          {tags.data?.length === 0 ? <li className="text-sm text-muted-foreground">{t('studio.tags.none')}</li> : null}
        </ul>
        <form onSubmit={submit} className="flex gap-2">
          <Input aria-label={newTagLabel} placeholder={newTagLabel} maxLength={50} value={name} onChange={(e) => setName(e.target.value)} data-testid="tag-new-name" />
          <Button type="submit" variant="outline" disabled={!name.trim() || create.isPending} data-testid="tag-create">
            <PlusIcon />
            {t('studio.tags.create')}
          </Button>
        </form>
        <FormError>{error ? errorMessage(t, error) : ''}</FormError>
      </DialogContent>
    </Dialog>
  );
}
