import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { accounts, type Dataset, datasetDocuments, datasetMetadataBindings, datasetMetadataFields, type MetadataType } from '@tessera/db';
import { type Actor } from '../../callers';
import { datasetStore } from '../../data/datasets/dataset-store';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { BUILT_IN_FIELDS, BUILT_IN_NAMES } from '../datasets/built-in-fields';

const metadataNotFound = () => errors.notFound('not_found', 'Metadata not found.');

async function findField(deps: AppDeps, dataset: Dataset, metadataId: string) {
  const [field] = await deps.db
    .select()
    .from(datasetMetadataFields)
    .where(and(eq(datasetMetadataFields.workspaceId, dataset.workspaceId), eq(datasetMetadataFields.datasetId, dataset.id), eq(datasetMetadataFields.id, metadataId)));
  if (!field) throw metadataNotFound();
  return field;
}

async function assertNameFree(deps: AppDeps, dataset: Dataset, name: string) {
  if (name.length > 255) throw errors.invalidParam('Metadata name cannot exceed 255 characters.');
  if (BUILT_IN_NAMES.includes(name)) throw errors.invalidParam('Metadata name already exists in Built-in fields.');
  const [clash] = await deps.db
    .select({ id: datasetMetadataFields.id })
    .from(datasetMetadataFields)
    .where(and(eq(datasetMetadataFields.datasetId, dataset.id), eq(datasetMetadataFields.name, name)));
  if (clash) throw errors.invalidParam('Metadata name already exists.');
}

const view = (f: { id: string; type: MetadataType; name: string }) => ({ id: f.id, type: f.type, name: f.name });

export async function createMetadataField(deps: AppDeps, actor: Actor, dataset: Dataset, input: { type: MetadataType; name: string }) {
  await assertNameFree(deps, dataset, input.name);
  const [field] = await deps.db
    .insert(datasetMetadataFields)
    .values({ workspaceId: dataset.workspaceId, datasetId: dataset.id, type: input.type, name: input.name, createdBy: actor.accountId })
    .returning();
  return view(field!);
}

export async function getMetadataField(deps: AppDeps, dataset: Dataset, metadataId: string) {
  return view(await findField(deps, dataset, metadataId));
}

/** `GET …/metadata`: custom fields with how many documents carry each, and the built-in switch. */
export async function listMetadataFields(deps: AppDeps, dataset: Dataset) {
  const rows = await deps.db
    .select({ id: datasetMetadataFields.id, name: datasetMetadataFields.name, type: datasetMetadataFields.type, count: count(datasetMetadataBindings.documentId) })
    .from(datasetMetadataFields)
    .leftJoin(datasetMetadataBindings, eq(datasetMetadataBindings.metadataId, datasetMetadataFields.id))
    .where(and(eq(datasetMetadataFields.workspaceId, dataset.workspaceId), eq(datasetMetadataFields.datasetId, dataset.id)))
    .groupBy(datasetMetadataFields.id, datasetMetadataFields.name, datasetMetadataFields.type, datasetMetadataFields.createdAt)
    .orderBy(datasetMetadataFields.createdAt);
  return { doc_metadata: rows, built_in_field_enabled: dataset.builtInFieldEnabled };
}

/** Renaming a field renames its key in every document's metadata too. */
export async function renameMetadataField(deps: AppDeps, dataset: Dataset, metadataId: string, name: string) {
  const field = await findField(deps, dataset, metadataId);
  if (name !== field.name) await assertNameFree(deps, dataset, name);
  await deps.db.transaction(async (tx) => {
    await tx.update(datasetMetadataFields).set({ name }).where(eq(datasetMetadataFields.id, field.id));
    await tx.execute(sql`update dataset_documents set doc_metadata = (doc_metadata - ${field.name}) || jsonb_build_object(${name}::text, doc_metadata -> ${field.name})
      where workspace_id = ${dataset.workspaceId} and dataset_id = ${dataset.id} and doc_metadata ? ${field.name}`);
  });
  return view({ ...field, name });
}

export async function deleteMetadataField(deps: AppDeps, dataset: Dataset, metadataId: string): Promise<void> {
  const field = await findField(deps, dataset, metadataId);
  await deps.db.transaction(async (tx) => {
    await tx.delete(datasetMetadataFields).where(eq(datasetMetadataFields.id, field.id));
    await tx.execute(sql`update dataset_documents set doc_metadata = doc_metadata - ${field.name}
      where workspace_id = ${dataset.workspaceId} and dataset_id = ${dataset.id} and doc_metadata ? ${field.name}`);
  });
}

export const builtInFields = () => ({ fields: BUILT_IN_FIELDS.map((f) => ({ name: f.name, type: f.type })) });

/** Switching built-ins on stamps each document's built-in values; off removes them. */
export async function setBuiltInFields(deps: AppDeps, dataset: Dataset, enabled: boolean): Promise<void> {
  await datasetStore(deps.db, dataset.workspaceId).update(dataset.id, { builtInFieldEnabled: enabled });
  const docs = await deps.db
    .select({ doc: datasetDocuments, uploader: accounts.name })
    .from(datasetDocuments)
    .leftJoin(accounts, eq(accounts.id, datasetDocuments.createdBy))
    .where(and(eq(datasetDocuments.workspaceId, dataset.workspaceId), eq(datasetDocuments.datasetId, dataset.id)));
  for (const { doc, uploader } of docs) {
    const metadata = { ...(doc.docMetadata ?? {}) };
    for (const name of BUILT_IN_NAMES) delete metadata[name];
    if (enabled) Object.assign(metadata, builtInValues(doc, uploader));
    await deps.db.update(datasetDocuments).set({ docMetadata: metadata }).where(eq(datasetDocuments.id, doc.id));
  }
}

export function builtInValues(doc: typeof datasetDocuments.$inferSelect, uploader: string | null) {
  return {
    document_name: doc.name,
    uploader: uploader ?? '',
    upload_date: doc.createdAt.getTime() / 1000,
    last_update_date: doc.updatedAt.getTime() / 1000,
    source: doc.dataSourceType === 'upload_file' ? 'file_upload' : doc.dataSourceType,
  };
}

export interface MetadataOperation {
  document_id: string;
  metadata_list: { id: string; name: string; value?: string | number | null }[];
  partial_update?: boolean;
}

/**
 * `POST …/documents/metadata`: each document's values by field name, replacing them all or merged
 * in (`partial_update`); only the dataset's own fields are accepted, and built-ins are re-stamped.
 */
export async function updateDocumentsMetadata(deps: AppDeps, dataset: Dataset, operations: MetadataOperation[]): Promise<void> {
  const fields = await deps.db
    .select()
    .from(datasetMetadataFields)
    .where(and(eq(datasetMetadataFields.workspaceId, dataset.workspaceId), eq(datasetMetadataFields.datasetId, dataset.id)));
  const docIds = operations.map((o) => o.document_id);
  const docs = docIds.length
    ? await deps.db
        .select({ doc: datasetDocuments, uploader: accounts.name })
        .from(datasetDocuments)
        .leftJoin(accounts, eq(accounts.id, datasetDocuments.createdBy))
        .where(and(eq(datasetDocuments.workspaceId, dataset.workspaceId), eq(datasetDocuments.datasetId, dataset.id), inArray(datasetDocuments.id, docIds)))
    : [];
  for (const op of operations) {
    if (!docs.some((d) => d.doc.id === op.document_id)) throw errors.invalidParam('Document not found.');
    for (const item of op.metadata_list) {
      if (item.id !== 'built-in' && !fields.some((f) => f.id === item.id)) throw errors.invalidParam('Metadata not found.');
    }
  }
  await deps.db.transaction(async (tx) => {
    for (const op of operations) {
      const { doc, uploader } = docs.find((d) => d.doc.id === op.document_id)!;
      const metadata: Record<string, unknown> = op.partial_update ? { ...(doc.docMetadata ?? {}) } : {};
      const bound = new Set<string>();
      for (const item of op.metadata_list) {
        const field = fields.find((f) => f.id === item.id);
        if (!field) continue;
        metadata[field.name] = item.value ?? null;
        bound.add(field.id);
      }
      if (dataset.builtInFieldEnabled) Object.assign(metadata, builtInValues(doc, uploader));
      await tx.update(datasetDocuments).set({ docMetadata: metadata }).where(eq(datasetDocuments.id, doc.id));
      if (!op.partial_update) await tx.delete(datasetMetadataBindings).where(eq(datasetMetadataBindings.documentId, doc.id));
      if (bound.size > 0) {
        await tx
          .insert(datasetMetadataBindings)
          .values([...bound].map((metadataId) => ({ metadataId, documentId: doc.id, workspaceId: dataset.workspaceId, datasetId: dataset.id })))
          .onConflictDoNothing();
      }
    }
  });
}
