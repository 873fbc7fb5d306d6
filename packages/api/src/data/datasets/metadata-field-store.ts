import { and, eq, inArray } from 'drizzle-orm';
import { type Database, datasetMetadataFields } from '@tessera/db';

/** Custom metadata fields of one workspace's datasets. */
export function metadataFieldStore(db: Database, workspaceId: string) {
  return {
    /** Name and type of every custom field of these datasets; ids of other workspaces match nothing. */
    async namesAndTypes(datasetIds: string[]) {
      if (datasetIds.length === 0) return [];
      return db
        .select({ name: datasetMetadataFields.name, type: datasetMetadataFields.type })
        .from(datasetMetadataFields)
        .where(and(eq(datasetMetadataFields.workspaceId, workspaceId), inArray(datasetMetadataFields.datasetId, datasetIds)));
    },
  };
}
