import { z } from 'zod';
import { errors } from '../../../errors';
import { bindTags, unbindTags } from '../../../services/tags/bindings';
import { createTag, deleteTag, listTags, updateTag } from '../../../services/tags/tags';
import { tagsStore } from '../../../data/tags';
import { zId } from '../../../validation';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';
import { datasetKeyProcedure, datasetPathProcedure } from './dataset-key-procedure';

const ZTag = z.object({ id: z.string(), name: z.string(), type: z.string(), binding_count: z.string().nullable() });
const zTagName = z.string().trim().min(1, 'Name must be between 1 to 50 characters.').max(50, 'Name must be between 1 to 50 characters.');
const tags = ['Knowledge tags'];

export const listKnowledgeTagsProcedure = datasetKeyProcedure
  .meta(route({ method: 'GET', path: '/datasets/tags', tags, summary: 'Knowledge tags with their binding counts (a bare array)' }))
  .input(z.object({}))
  .output(z.array(ZTag))
  .query(({ ctx }) => listTags(ctx.deps, ctx.actor, { type: 'knowledge' }));

export const createKnowledgeTagProcedure = datasetKeyProcedure
  .meta(route({ method: 'POST', path: '/datasets/tags', tags, summary: 'Create a knowledge tag' }))
  .input(z.object({ name: zTagName }))
  .output(ZTag)
  .mutation(({ ctx, input }) => createTag(ctx.deps, ctx.actor, { name: input.name, type: 'knowledge' }));

export const updateKnowledgeTagProcedure = datasetKeyProcedure
  .meta(route({ method: 'PATCH', path: '/datasets/tags', tags, summary: 'Rename a knowledge tag' }))
  .input(z.object({ tag_id: zId, name: zTagName }))
  .output(ZTag)
  .mutation(({ ctx, input }) => updateTag(ctx.deps, ctx.actor, input.tag_id, input.name));

export const deleteKnowledgeTagProcedure = datasetKeyProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/tags', tags, summary: 'Delete a knowledge tag and its bindings', successDescription: 'Deleted (HTTP 204)' }))
  .input(z.object({ tag_id: zId }))
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteTag(ctx.deps, ctx.actor, input.tag_id);
    ctx.response.setStatus(204);
  });

export const bindKnowledgeTagsProcedure = datasetKeyProcedure
  .meta(route({ method: 'POST', path: '/datasets/tags/binding', tags, summary: 'Bind tags to a knowledge base', successDescription: 'Bound (HTTP 204)' }))
  .input(z.object({ tag_ids: z.array(zId).min(1, 'Tag IDs is required.').max(100), target_id: zId }))
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await bindTags(ctx.deps, ctx.actor, { ...input, type: 'knowledge' });
    ctx.response.setStatus(204);
  });

export const unbindKnowledgeTagsProcedure = datasetKeyProcedure
  .meta(route({ method: 'POST', path: '/datasets/tags/unbinding', tags, summary: 'Unbind tags (or the legacy single `tag_id`) from a knowledge base', successDescription: 'Unbound (HTTP 204)' }))
  .input(z.object({ tag_ids: z.array(zId).max(100).optional(), tag_id: zId.optional(), target_id: zId }))
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    const tagIds = input.tag_ids ?? (input.tag_id ? [input.tag_id] : null);
    if (!tagIds) throw errors.invalidParam('Either tag_ids or tag_id must be provided.', 'tag_ids');
    await unbindTags(ctx.deps, ctx.actor, { tag_ids: tagIds, target_id: input.target_id, type: 'knowledge' });
    ctx.response.setStatus(204);
  });

export const datasetTagsProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/tags', tags, summary: 'The tags bound to a knowledge base' }))
  .input(ZDatasetIdInput)
  .output(z.object({ data: z.array(z.object({ id: z.string(), name: z.string() })), total: z.number().int() }))
  .query(async ({ ctx, input }) => {
    const bound = (await tagsStore(ctx.deps.db, ctx.actor.workspaceId).forTargets('knowledge', [input.dataset_id])).get(input.dataset_id) ?? [];
    return { data: bound.map((t) => ({ id: t.id, name: t.name })), total: bound.length };
  });
