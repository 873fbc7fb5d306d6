'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PlusIcon } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { errorMessage } from '@/lib/errors';
import { useT } from '@/lib/i18n/client';
import { useTRPC } from '@/lib/trpc';

/** Chooses a knowledge base's tags from the workspace's knowledge tags, and creates new ones on the spot. */
export function KnowledgeTagsDialog({ dataset, onOpenChange }: { dataset: { id: string; name: string; tags?: { id: string }[] } | null; onOpenChange: (open: boolean) => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tags = useQuery({ ...trpc.tags.list.queryOptions({ type: 'knowledge' }), enabled: dataset !== null });
  const [name, setName] = useState('');
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.datasets.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.datasets.get.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.tags.list.pathKey() }),
    ]);
  const bind = useMutation(trpc.tags.bind.mutationOptions({ onSuccess: refresh }));
  const unbind = useMutation(trpc.tags.unbind.mutationOptions({ onSuccess: refresh }));
  const create = useMutation(
    trpc.tags.create.mutationOptions({
      onSuccess: async (tag) => {
        setName('');
        if (dataset) {
          setBound((current) => new Set(current).add(tag.id));
          await bind.mutateAsync({ tag_ids: [tag.id], target_id: dataset.id, type: 'knowledge' });
        }
      },
    }),
  );
  const [bound, setBound] = useState<Set<string>>(new Set());
  const [seeded, setSeeded] = useState<string | null>(null);
  if (dataset && seeded !== dataset.id) {
    setSeeded(dataset.id);
    setBound(new Set((dataset.tags ?? []).map((tag) => tag.id)));
  }
  const toggle = (tagId: string, on: boolean) => {
    if (!dataset) return;
    setBound((current) => {
      const next = new Set(current);
      if (on) next.add(tagId);
      else next.delete(tagId);
      return next;
    });
    if (on) bind.mutate({ tag_ids: [tagId], target_id: dataset.id, type: 'knowledge' });
    else unbind.mutate({ tag_ids: [tagId], target_id: dataset.id, type: 'knowledge' });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ name: name.trim(), type: 'knowledge' });
  };
  const error = create.error ?? bind.error ?? unbind.error;
  return (
    <Dialog
      open={dataset !== null}
      onOpenChange={(open) => {
        if (!open) setSeeded(null);
        onOpenChange(open);
      }}
    >
      <DialogContent closeLabel={t.common.close} data-testid="knowledge-tags-dialog">
        <DialogHeader>
          <DialogTitle>{t.datasets.settings.tags}</DialogTitle>
          <DialogDescription>{dataset ? t.datasets.tagsFor(dataset.name) : ''}</DialogDescription>
        </DialogHeader>
        <ul className="grid max-h-64 gap-1 overflow-y-auto">
          {(tags.data ?? []).map((tag) => (
            <li key={tag.id}>
              <label className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-accent">
                <input type="checkbox" checked={bound.has(tag.id)} onChange={(e) => toggle(tag.id, e.target.checked)} data-testid="knowledge-tag-option" data-tag={tag.name} />
                {tag.name}
              </label>
            </li>
          ))}
          {tags.data?.length === 0 ? <li className="text-sm text-muted-foreground">{t.studio.tags.none}</li> : null}
        </ul>
        <form onSubmit={submit} className="flex gap-2">
          <Input aria-label={t.datasets.settings.newTag} placeholder={t.datasets.settings.newTag} maxLength={50} value={name} onChange={(e) => setName(e.target.value)} data-testid="knowledge-tag-new" />
          <Button type="submit" variant="outline" disabled={!name.trim() || create.isPending}>
            <PlusIcon />
            {t.studio.tags.create}
          </Button>
        </form>
        <FormError>{error ? errorMessage(t, error) : ''}</FormError>
      </DialogContent>
    </Dialog>
  );
}
