'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CheckIcon, PencilIcon, PlusIcon, Trash2Icon } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import { labelFor } from '@/lib/i18n/label-for';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';

type FieldType = 'string' | 'number' | 'time';

/** Custom metadata fields (add, rename, delete, with their document counts) and the built-in fields switch. */
export function MetadataFields({ datasetId, canEdit }: { datasetId: string; canEdit: boolean }) {
  const t = useTranslations();
  const s = useTranslations('datasets.settings');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fields = useQuery(trpc.datasets.listMetadata.queryOptions({ dataset_id: datasetId }));
  const builtIn = useQuery(trpc.datasets.builtInFields.queryOptions({}));
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.datasets.listMetadata.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.datasets.get.pathKey() })]);
  const [name, setName] = useState('');
  const [type, setType] = useState<FieldType>('string');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const create = useMutation(trpc.datasets.createMetadata.mutationOptions({ onSuccess: async () => { setName(''); await refresh(); } }));
  const rename = useMutation(trpc.datasets.renameMetadata.mutationOptions({ onSuccess: async () => { setRenaming(null); await refresh(); } }));
  const remove = useMutation(trpc.datasets.deleteMetadata.mutationOptions({ onSuccess: refresh }));
  const toggle = useMutation(trpc.datasets.setBuiltInFields.mutationOptions({ onSuccess: refresh }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ dataset_id: datasetId, name: name.trim(), type });
  };
  const error = create.error ?? rename.error ?? remove.error ?? toggle.error;
  return (
    <section className="grid gap-3 rounded-xl border p-4" aria-labelledby="metadata-title" data-testid="metadata-fields">
      <div>
        <h2 id="metadata-title" className="font-medium">
          {s('metadata')}
        </h2>
        <p className="text-sm text-muted-foreground">{s('metadataHint')}</p>
      </div>
      <ul className="grid gap-1">
        {(fields.data?.doc_metadata ?? []).map((field) => (
          <li key={field.id} className="flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm" data-testid="metadata-field">
            {renaming?.id === field.id ? (
              <form
                className="flex flex-1 gap-2"
                onSubmit={(event) => {
                  event.preventDefault();
                  rename.mutate({ dataset_id: datasetId, metadata_id: field.id, name: renaming.name });
                }}
              >
                <Input aria-label={s('renameField', { name: field.name })} value={renaming.name} onChange={(e) => setRenaming({ id: field.id, name: e.target.value })} />
                <IconButton type="submit" label={t('common.save')}>
                  <CheckIcon />
                </IconButton>
              </form>
            ) : (
              <>
                <span className="min-w-0 flex-1 truncate font-medium">{field.name}</span>
                <span className="text-xs text-muted-foreground">{labelFor(s, `types.${field.type as FieldType}`, field.type)}</span>
                <span className="text-xs text-muted-foreground">{s('usedBy', { n: field.count })}</span>
                {canEdit ? (
                  <>
                    <IconButton label={s('renameField', { name: field.name })} onClick={() => setRenaming({ id: field.id, name: field.name })}>
                      <PencilIcon />
                    </IconButton>
                    <IconButton label={s('deleteField', { name: field.name })} onClick={() => remove.mutate({ dataset_id: datasetId, metadata_id: field.id })}>
                      <Trash2Icon />
                    </IconButton>
                  </>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row">
          <Input aria-label={s('fieldName')} placeholder={s('fieldName')} maxLength={255} value={name} onChange={(e) => setName(e.target.value)} data-testid="metadata-name" />
          <Select value={type} onValueChange={(value) => setType(value as FieldType)}>
            <SelectTrigger className="sm:w-32" aria-label={s('fieldType')}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {(['string', 'number', 'time'] as const).map((value) => (
                <SelectItem key={value} value={value}>
                  {s(`types.${value}`)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <Button type="submit" variant="outline" disabled={!name.trim() || create.isPending} data-testid="metadata-add">
            <PlusIcon />
            {s('addField')}
          </Button>
        </form>
      ) : null}
      <div className="flex items-start gap-3 border-t pt-3">
        <Switch
          checked={fields.data?.built_in_field_enabled ?? false}
          disabled={!canEdit}
          onCheckedChange={(on) => toggle.mutate({ dataset_id: datasetId, action: on ? 'enable' : 'disable' })}
          aria-label={s('builtIn')}
          data-testid="builtin-toggle"
        />
        <div className="grid gap-0.5">
          <span className="text-sm font-medium">{s('builtIn')}</span>
          <span className="text-xs text-muted-foreground">{(builtIn.data?.fields ?? []).map((f) => f.name).join(', ') || s('builtInHint')}</span>
        </div>
      </div>
      <FormError>{error ? errorMessage(t, error) : ''}</FormError>
    </section>
  );
}
