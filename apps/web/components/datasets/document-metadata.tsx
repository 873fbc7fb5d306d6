'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';

interface MetadataValue {
  id: string;
  name: string;
  value: string | number | null;
}

/** The document's values for the dataset's custom metadata fields, edited in place. */
export function DocumentMetadata({ datasetId, documentId, values, canEdit }: { datasetId: string; documentId: string; values: MetadataValue[]; canEdit: boolean }) {
  const t = useTranslations();
  const s = useTranslations('datasets.segments');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fields = useQuery(trpc.datasets.listMetadata.queryOptions({ dataset_id: datasetId }));
  const [draft, setDraft] = useState<Record<string, string>>({});
  const save = useMutation(
    trpc.datasets.documentsMetadata.mutationOptions({
      onSuccess: async () => {
        setDraft({});
        await queryClient.invalidateQueries({ queryKey: trpc.datasets.getDocument.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.datasets.listMetadata.pathKey() });
      },
    }),
  );
  const list = fields.data?.doc_metadata ?? [];
  const current = (id: string) => draft[id] ?? String(values.find((v) => v.id === id)?.value ?? '');
  return (
    <section className="grid content-start gap-3 rounded-xl border p-4" aria-labelledby="doc-metadata-title" data-testid="document-metadata">
      <h2 id="doc-metadata-title" className="font-medium">
        {s('metadata')}
      </h2>
      {list.length === 0 ? <p className="text-sm text-muted-foreground">{s('noMetadata')}</p> : null}
      {list.map((field) => (
        <div key={field.id} className="grid gap-1">
          <Label htmlFor={`meta-${field.id}`}>{field.name}</Label>
          <Input
            id={`meta-${field.id}`}
            type={field.type === 'number' ? 'number' : 'text'}
            disabled={!canEdit}
            value={current(field.id)}
            onChange={(e) => setDraft({ ...draft, [field.id]: e.target.value })}
          />
        </div>
      ))}
      <FormError>{save.error ? errorMessage(t, save.error) : ''}</FormError>
      {canEdit && list.length > 0 ? (
        <Button
          variant="outline"
          disabled={save.isPending || Object.keys(draft).length === 0}
          onClick={() =>
            save.mutate({
              dataset_id: datasetId,
              operation_data: [
                {
                  document_id: documentId,
                  partial_update: false,
                  metadata_list: list.map((field) => {
                    const raw = current(field.id);
                    return { id: field.id, name: field.name, value: raw === '' ? null : field.type === 'number' ? Number(raw) : raw };
                  }),
                },
              ],
            })
          }
        >
          {s('saveMetadata')}
        </Button>
      ) : null}
    </section>
  );
}
