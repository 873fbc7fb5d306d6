import { z } from 'zod';
import { createDatasetApiKey, deleteDatasetApiKey, listDatasetApiKeys } from '../../../services/api-keys/dataset-api-keys';
import { setDatasetApiEnabled } from '../../../services/datasets/dataset-api-switch';
import { authedProcedure } from '../../../trpc';
import { RESULT_SUCCESS, zId } from '../../../validation';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';

const ZKey = z.object({ id: z.string(), type: z.literal('dataset'), token: z.string(), last_used_at: z.number().int().nullable(), created_at: z.number().int() });

export const listDatasetApiKeysProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/api-keys', tags: ['Knowledge'], summary: "The workspace's knowledge API keys (hints only)" }))
  .input(z.object({}))
  .output(z.object({ data: z.array(ZKey) }))
  .query(({ ctx }) => listDatasetApiKeys(ctx.deps, ctx.actor));

export const createDatasetApiKeyProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/api-keys', tags: ['Knowledge'], summary: 'Create a knowledge API key (`dataset-…`), shown once' }))
  .input(z.object({}))
  .output(ZKey)
  .mutation(({ ctx }) => createDatasetApiKey(ctx.deps, ctx.actor));

export const deleteDatasetApiKeyProcedure = authedProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/api-keys/{api_key_id}', tags: ['Knowledge'], summary: 'Revoke a knowledge API key', successDescription: 'Deleted (HTTP 204)' }))
  .input(z.object({ api_key_id: zId }))
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteDatasetApiKey(ctx.deps, ctx.actor, input.api_key_id);
    ctx.response.setStatus(204);
  });

export const setDatasetApiProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/api-keys/{status}', tags: ['Knowledge'], summary: 'Open or close one knowledge base to knowledge API keys' }))
  .input(ZDatasetIdInput.extend({ status: z.enum(['enable', 'disable']) }))
  .output(RESULT_SUCCESS)
  .mutation(async ({ ctx, input }) => {
    await setDatasetApiEnabled(ctx.deps, ctx.actor, input.dataset_id, input.status === 'enable');
    return { result: 'success' as const };
  });
