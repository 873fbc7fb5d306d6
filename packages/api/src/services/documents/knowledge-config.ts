import { z } from 'zod';
import { DOC_FORMS, INDEXING_TECHNIQUES } from '@tessera/db';
import { ZProcessRule } from '../indexing/process-rule';
import { ZRetrievalModel } from '../datasets/retrieval-model';
import { zBool } from '../../validation';

/** What document create and update requests may carry besides the content (Dify's KnowledgeConfig). */
export const ZKnowledgeConfig = z.object({
  indexing_technique: z.enum(INDEXING_TECHNIQUES).nullish(),
  doc_form: z.string().nullish(),
  doc_language: z.string().nullish(),
  process_rule: ZProcessRule.nullish(),
  retrieval_model: ZRetrievalModel.nullish(),
  embedding_model: z.string().nullish(),
  embedding_model_provider: z.string().nullish(),
  duplicate: zBool.nullish(),
});
export type KnowledgeConfig = z.infer<typeof ZKnowledgeConfig>;

export const isDocForm = (value: string): value is (typeof DOC_FORMS)[number] => (DOC_FORMS as readonly string[]).includes(value);
