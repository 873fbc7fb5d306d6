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

/** Chooses an app's tags from the workspace's app tags, and creates new ones on the spot. */
export function TagsDialog({ app, onOpenChange }: { app: { id: string; name: string; tags?: { id: string }[] } | null; onOpenChange: (open: boolean) => void }) {
  const t = useT();
  const s = t.studio.tags;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tags = useQuery({ ...trpc.tags.list.queryOptions({ type: 'app' }), enabled: app !== null });
  const [name, setName] = useState('');
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: trpc.apps.list.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.tags.list.pathKey() })]);
  const bind = useMutation(trpc.tags.bind.mutationOptions({ onSuccess: refresh }));
  const unbind = useMutation(trpc.tags.unbind.mutationOptions({ onSuccess: refresh }));
  const create = useMutation(
    trpc.tags.create.mutationOptions({
      onSuccess: async (tag) => {
        setName('');
        if (app) await bind.mutateAsync({ tag_ids: [tag.id], target_id: app.id, type: 'app' });
      },
    }),
  );
  const [bound, setBound] = useState<Set<string>>(new Set());
  const [seeded, setSeeded] = useState<string | null>(null);
  if (app && seeded !== app.id) {
    setSeeded(app.id);
    setBound(new Set((app.tags ?? []).map((tag) => tag.id)));
  }
  const toggle = (tagId: string, on: boolean) => {
    if (!app) return;
    setBound((current) => {
      const next = new Set(current);
      if (on) next.add(tagId);
      else next.delete(tagId);
      return next;
    });
    if (on) bind.mutate({ tag_ids: [tagId], target_id: app.id, type: 'app' });
    else unbind.mutate({ tag_ids: [tagId], target_id: app.id, type: 'app' });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ name: name.trim(), type: 'app' });
  };
  const error = create.error ?? bind.error ?? unbind.error;
  return (
    <Dialog open={app !== null} onOpenChange={(open) => { if (!open) setSeeded(null); onOpenChange(open); }}>
      <DialogContent closeLabel={t.common.close} data-testid="tags-dialog">
        <DialogHeader>
          <DialogTitle>{s.title}</DialogTitle>
          <DialogDescription>{app ? s.description(app.name) : ''}</DialogDescription>
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
          {tags.data?.length === 0 ? <li className="text-sm text-muted-foreground">{s.none}</li> : null}
        </ul>
        <form onSubmit={submit} className="flex gap-2">
          <Input aria-label={s.newTag} placeholder={s.newTag} maxLength={50} value={name} onChange={(e) => setName(e.target.value)} data-testid="tag-new-name" />
          <Button type="submit" variant="outline" disabled={!name.trim() || create.isPending} data-testid="tag-create">
            <PlusIcon />
            {s.create}
          </Button>
        </form>
        <FormError>{error ? errorMessage(t, error) : ''}</FormError>
      </DialogContent>
    </Dialog>
  );
}
