import { and, eq } from 'drizzle-orm';
import { type Dataset, datasetMetadataFields } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { BUILT_IN_FIELDS } from '../datasets/built-in-fields';

/** The metadata fields a dataset's documents show values for: custom ones, and built-ins when on. */
export async function documentFields(deps: AppDeps, dataset: Dataset): Promise<{ id: string; name: string; type: string }[]> {
  const custom = await deps.db
    .select({ id: datasetMetadataFields.id, name: datasetMetadataFields.name, type: datasetMetadataFields.type })
    .from(datasetMetadataFields)
    .where(and(eq(datasetMetadataFields.workspaceId, dataset.workspaceId), eq(datasetMetadataFields.datasetId, dataset.id)));
  return [...custom, ...(dataset.builtInFieldEnabled ? BUILT_IN_FIELDS.map((f) => ({ id: 'built-in', name: f.name, type: f.type })) : [])];
}
