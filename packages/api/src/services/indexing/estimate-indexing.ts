import { z } from 'zod';
import { INDEXING_TECHNIQUES } from '@tessera/db';
import { extractText } from '@tessera/extract';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors, findAppError } from '../../errors';
import { zId } from '../../validation';
import { readableDataset } from '../datasets/dataset-access';
import { uploadedFilesOf, ZInfoList } from '../documents/create-documents';
import { isDocForm } from '../documents/knowledge-config';
import { chunkDocument } from './chunk-document';
import { cleanText } from './clean-text';
import { generateQaPairs } from './generate-qa';
import { checkProcessRule, ZProcessRule } from './process-rule';

/** Dify shows this many chunks of the estimate. */
export const PREVIEW_CHUNKS = 10;

export const ZIndexingEstimateRequest = z.object({
  info_list: ZInfoList,
  process_rule: ZProcessRule,
  indexing_technique: z.enum(INDEXING_TECHNIQUES),
  doc_form: z.string().default('text_model'),
  doc_language: z.string().nullish(),
  dataset_id: zId.nullish(),
});

/**
 * `POST /datasets/indexing-estimate`: runs extract, clean and split over the files with the given
 * rule and writes nothing, so the console can show the chunks before anything is indexed.
 */
export async function estimateIndexing(deps: AppDeps, actor: Actor, input: z.infer<typeof ZIndexingEstimateRequest>) {
  if (input.dataset_id) await readableDataset(deps, actor, input.dataset_id);
  if (!isDocForm(input.doc_form)) throw errors.invalidParam('Invalid doc_form.', 'doc_form');
  const rule = checkProcessRule(input.process_rule);
  const files = await uploadedFilesOf(deps, actor.workspaceId, input.info_list);
  let total = 0;
  const preview: { content: string; child_chunks: string[] | null }[] = [];
  const qaPreview: { question: string; answer: string }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await extractText({ data: await deps.storage.get(file.key), extension: file.extension, mimeType: file.mimeType });
    } catch (error) {
      if (findAppError(error)) throw error;
      throw errors.badRequest('indexing_estimate_error', `Knowledge indexing estimate failed: ${(error as Error).message}`);
    }
    const chunks = chunkDocument(cleanText(text.replaceAll('\u0000', ''), rule), rule, input.doc_form);
    total += chunks.length;
    for (const chunk of chunks) {
      if (preview.length < PREVIEW_CHUNKS) preview.push({ content: chunk.content, child_chunks: chunk.children ?? null });
    }
  }
  if (input.doc_form !== 'qa_model') return { total_segments: total, preview, qa_preview: qaPreview, tokens: 0, total_price: 0, currency: 'USD' };
  // As Dify: the model answers the first chunk for a real preview, and each chunk is counted as 20 pairs.
  if (preview[0]) {
    const pairs = await generateQaPairs(deps, { workspaceId: actor.workspaceId, datasetId: input.dataset_id ?? 'estimate' }, preview[0].content, input.doc_language || 'English');
    qaPreview.push(...pairs.map((pair) => ({ question: pair.content, answer: pair.answer ?? '' })));
  }
  return { total_segments: total * 20, preview, qa_preview: qaPreview, tokens: 0, total_price: 0, currency: 'USD' };
}
