import { z } from 'zod';
import { editableDataset, readableDataset } from '../../../services/datasets/dataset-access';
import { renameDocument } from '../../../services/documents/rename-document';
import {
  builtInFields,
  createMetadataField,
  deleteMetadataField,
  listMetadataFields,
  renameMetadataField,
  setBuiltInFields,
  updateDocumentsMetadata,
} from '../../../services/metadata/metadata-fields';
import { authedProcedure } from '../../../trpc';
import { RESULT_SUCCESS, zBool, zId } from '../../../validation';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { ZMetadataField, ZMetadataFieldList, ZMetadataFieldPath, zMetadataName, ZNewMetadataField } from '../../metadata.schemas';
import { route } from '../../meta';

const tags = ['Knowledge metadata'];

export const builtInFieldsProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/metadata/built-in', tags, summary: 'The built-in document fields' }))
  .input(z.object({}))
  .output(z.object({ fields: z.array(z.object({ name: z.string(), type: z.string() })) }))
  .query(() => builtInFields());

export const listMetadataProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/metadata', tags, summary: 'Custom fields with their document counts' }))
  .input(ZDatasetIdInput)
  .output(ZMetadataFieldList)
  .query(async ({ ctx, input }) => listMetadataFields(ctx.deps, await readableDataset(ctx.deps, ctx.actor, input.dataset_id)));

export const createMetadataProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/metadata', tags, summary: 'Add a custom metadata field', successDescription: 'Created (HTTP 201)' }))
  .input(ZNewMetadataField)
  .output(ZMetadataField)
  .mutation(async ({ ctx, input }) => {
    const field = await createMetadataField(ctx.deps, ctx.actor, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input);
    ctx.response.setStatus(201);
    return field;
  });

export const renameMetadataProcedure = authedProcedure
  .meta(route({ method: 'PATCH', path: '/datasets/{dataset_id}/metadata/{metadata_id}', tags, summary: 'Rename a field, in every document too' }))
  .input(ZMetadataFieldPath.extend({ name: zMetadataName }))
  .output(ZMetadataField)
  .mutation(async ({ ctx, input }) => renameMetadataField(ctx.deps, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.metadata_id, input.name));

export const deleteMetadataProcedure = authedProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/{dataset_id}/metadata/{metadata_id}', tags, summary: 'Delete a field and its values', successDescription: 'Deleted (HTTP 204)' }))
  .input(ZMetadataFieldPath)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteMetadataField(ctx.deps, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.metadata_id);
    ctx.response.setStatus(204);
  });

export const setBuiltInFieldsProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/metadata/built-in/{action}', tags, summary: 'Switch the built-in fields on or off' }))
  .input(ZDatasetIdInput.extend({ action: z.enum(['enable', 'disable']) }))
  .output(RESULT_SUCCESS)
  .mutation(async ({ ctx, input }) => {
    await setBuiltInFields(ctx.deps, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.action === 'enable');
    return { result: 'success' as const };
  });

export const documentsMetadataProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/documents/metadata', tags, summary: "Set documents' metadata values" }))
  .input(
    ZDatasetIdInput.extend({
      operation_data: z
        .array(
          z.object({
            document_id: zId,
            metadata_list: z.array(z.object({ id: z.string(), name: z.string(), value: z.union([z.string(), z.number()]).nullish() })),
            partial_update: zBool.default(false),
          }),
        )
        .max(1000),
    }),
  )
  .output(RESULT_SUCCESS)
  .mutation(async ({ ctx, input }) => {
    await updateDocumentsMetadata(ctx.deps, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.operation_data);
    return { result: 'success' as const };
  });

export const renameDocumentProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/documents/{document_id}/rename', tags: ['Knowledge documents'], summary: 'Rename a document' }))
  .input(ZDatasetIdInput.extend({ document_id: zId, name: z.string().trim().min(1).max(255) }))
  .output(z.looseObject({ id: z.string() }))
  .mutation(async ({ ctx, input }) => renameDocument(ctx.deps, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id, input.name));
