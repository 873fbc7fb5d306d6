import { z } from 'zod';
import {
  builtInFields,
  createMetadataField,
  deleteMetadataField,
  getMetadataField,
  listMetadataFields,
  renameMetadataField,
  setBuiltInFields,
  updateDocumentsMetadata,
} from '../../../services/metadata/metadata-fields';
import { RESULT_SUCCESS, zBool, zId } from '../../../validation';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { ZMetadataField, ZMetadataFieldList, ZMetadataFieldPath, zMetadataName, ZNewMetadataField } from '../../metadata.schemas';
import { route } from '../../meta';
import { datasetKeyProcedure, datasetPathProcedure } from './dataset-key-procedure';

const tags = ['Knowledge metadata'];
const ZBuiltIn = z.object({ fields: z.array(z.object({ name: z.string(), type: z.string() })) });

export const builtInFieldsProcedure = datasetKeyProcedure
  .meta(route({ method: 'GET', path: '/datasets/metadata/built-in', tags, summary: 'The built-in document fields' }))
  .input(z.object({}))
  .output(ZBuiltIn)
  .query(() => builtInFields());

export const datasetBuiltInFieldsProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/metadata/built-in', tags, summary: 'The built-in document fields' }))
  .input(ZDatasetIdInput)
  .output(ZBuiltIn)
  .query(() => builtInFields());

export const setBuiltInFieldsProcedure = datasetPathProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/metadata/built-in/{action}', tags, summary: 'Switch the built-in fields on or off' }))
  .input(ZDatasetIdInput.extend({ action: z.enum(['enable', 'disable']) }))
  .output(RESULT_SUCCESS)
  .mutation(async ({ ctx, input }) => {
    await setBuiltInFields(ctx.deps, ctx.dataset, input.action === 'enable');
    return { result: 'success' as const };
  });

export const createMetadataProcedure = datasetPathProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/metadata', tags, summary: 'Add a custom metadata field', successDescription: 'Created (HTTP 201)' }))
  .input(ZNewMetadataField)
  .output(ZMetadataField)
  .mutation(async ({ ctx, input }) => {
    const field = await createMetadataField(ctx.deps, ctx.actor, ctx.dataset, input);
    ctx.response.setStatus(201);
    return field;
  });

export const listMetadataProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/metadata', tags, summary: 'Custom fields with their document counts' }))
  .input(ZDatasetIdInput)
  .output(ZMetadataFieldList)
  .query(({ ctx }) => listMetadataFields(ctx.deps, ctx.dataset));

export const getMetadataProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/metadata/{metadata_id}', tags, summary: 'A custom metadata field' }))
  .input(ZMetadataFieldPath)
  .output(ZMetadataField)
  .query(({ ctx, input }) => getMetadataField(ctx.deps, ctx.dataset, input.metadata_id));

export const renameMetadataProcedure = datasetPathProcedure
  .meta(route({ method: 'PATCH', path: '/datasets/{dataset_id}/metadata/{metadata_id}', tags, summary: 'Rename a field, in every document too' }))
  .input(ZMetadataFieldPath.extend({ name: zMetadataName }))
  .output(ZMetadataField)
  .mutation(({ ctx, input }) => renameMetadataField(ctx.deps, ctx.dataset, input.metadata_id, input.name));

export const deleteMetadataProcedure = datasetPathProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/{dataset_id}/metadata/{metadata_id}', tags, summary: 'Delete a field and its values', successDescription: 'Deleted (HTTP 204)' }))
  .input(ZMetadataFieldPath)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteMetadataField(ctx.deps, ctx.dataset, input.metadata_id);
    ctx.response.setStatus(204);
  });

const ZOperations = ZDatasetIdInput.extend({
  operation_data: z
    .array(
      z.object({
        document_id: zId,
        metadata_list: z.array(z.object({ id: z.string(), name: z.string(), value: z.union([z.string(), z.number()]).nullish() })),
        partial_update: zBool.default(false),
      }),
    )
    .max(1000),
});

const documentsMetadata = (method: 'POST' | 'PUT') =>
  datasetPathProcedure
    .meta(route({ method, path: '/datasets/{dataset_id}/documents/metadata', tags, summary: "Set documents' metadata values" }))
    .input(ZOperations)
    .output(RESULT_SUCCESS)
    .mutation(async ({ ctx, input }) => {
      await updateDocumentsMetadata(ctx.deps, ctx.dataset, input.operation_data);
      return { result: 'success' as const };
    });

export const updateDocumentsMetadataProcedure = documentsMetadata('POST');
/** The same operation under PUT, which Dify's route table also lists. */
export const putDocumentsMetadataProcedure = documentsMetadata('PUT');
