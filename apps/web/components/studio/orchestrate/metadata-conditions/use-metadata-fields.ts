'use client';

import { useQueries, useQuery } from '@tanstack/react-query';
import { type MetadataFieldOption, type MetadataFieldType } from '@/lib/studio/metadata-conditions';
import { useTRPC } from '@/lib/trpc';

const asType = (type: string): MetadataFieldType => (type === 'number' || type === 'time' ? type : 'string');

/**
 * The metadata fields a manual condition can name: every attached knowledge base's custom fields,
 * and the built-in ones of those that have them switched on. A name shared by two knowledge bases is
 * listed once, because a condition matches by name in each of them.
 */
export function useMetadataFields(datasetIds: readonly string[], enabled: boolean) {
  const trpc = useTRPC();
  const builtIn = useQuery({ ...trpc.datasets.builtInFields.queryOptions({}), enabled });
  const lists = useQueries({
    queries: datasetIds.map((dataset_id) => ({ ...trpc.datasets.listMetadata.queryOptions({ dataset_id }), enabled })),
  });
  const fields: MetadataFieldOption[] = [];
  const add = (name: string, type: string, isBuiltIn: boolean) => {
    if (!fields.some((field) => field.name === name)) fields.push({ name, type: asType(type), builtIn: isBuiltIn });
  };
  for (const list of lists) for (const field of list.data?.doc_metadata ?? []) add(field.name, field.type, false);
  if (lists.some((list) => list.data?.built_in_field_enabled)) for (const field of builtIn.data?.fields ?? []) add(field.name, field.type, true);
  const loading = enabled && (builtIn.isPending || lists.some((list) => list.isPending));
  return { fields, loading };
}
