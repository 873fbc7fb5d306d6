import { z } from 'zod';
import { errors } from '../../errors';
import { zBool } from '../../validation';

/** Chunk sizes Dify accepts (INDEXING_MAX_SEGMENTATION_TOKENS_LENGTH defaults to 4000). */
export const MIN_SEGMENT_TOKENS = 50;
export const MAX_SEGMENT_TOKENS = 4000;

const ZSegmentation = z.object({
  separator: z.string().default('\n'),
  max_tokens: z.number().int().nullish(),
  chunk_overlap: z.number().int().min(0).default(0),
});

/** Dify's ProcessRule request object (contract §3.3); checked further by `checkProcessRule`. */
export const ZProcessRule = z.object({
  mode: z.string(),
  rules: z
    .object({
      pre_processing_rules: z.array(z.object({ id: z.string(), enabled: zBool })).nullish(),
      segmentation: ZSegmentation.nullish(),
      parent_mode: z.enum(['full-doc', 'paragraph']).nullish(),
      subchunk_segmentation: ZSegmentation.nullish(),
    })
    .nullish(),
});
export type ProcessRuleInput = z.input<typeof ZProcessRule>;

export interface Segmentation {
  separator: string;
  maxTokens: number;
  chunkOverlap: number;
}

/** The rule the pipeline runs with, every default filled in. */
export interface ProcessRule {
  mode: 'automatic' | 'custom' | 'hierarchical';
  removeExtraSpaces: boolean;
  removeUrlsEmails: boolean;
  segmentation: Segmentation;
  parentMode: 'paragraph' | 'full-doc' | null;
  subchunk: Segmentation | null;
}

export const AUTOMATIC_RULES = {
  pre_processing_rules: [
    { id: 'remove_extra_spaces', enabled: true },
    { id: 'remove_urls_emails', enabled: false },
  ],
  segmentation: { delimiter: '\n', max_tokens: 500, chunk_overlap: 50 },
};

const unescapeSeparator = (separator: string) => separator.replace(/\\n/g, '\n');

function checkSegmentation(segmentation: z.infer<typeof ZSegmentation> | null | undefined, label: string, needsTokens: boolean): Segmentation {
  if (!segmentation) throw errors.invalidParam(`Process rule ${label} is required`);
  if (segmentation.separator === '') throw errors.invalidParam(`Process rule ${label} separator is required`);
  const maxTokens = segmentation.max_tokens ?? 0;
  if (needsTokens && !maxTokens) throw errors.invalidParam(`Process rule ${label} max_tokens is required`);
  if (needsTokens && (maxTokens < MIN_SEGMENT_TOKENS || maxTokens > MAX_SEGMENT_TOKENS)) {
    throw errors.invalidParam(`Custom segment length should be between ${MIN_SEGMENT_TOKENS} and ${MAX_SEGMENT_TOKENS}.`);
  }
  if (needsTokens && (segmentation.chunk_overlap ?? 0) >= maxTokens) {
    throw errors.invalidParam('Chunk overlap should be smaller than the segment length.');
  }
  const overlap = segmentation.chunk_overlap ?? 0;
  return { separator: unescapeSeparator(segmentation.separator), maxTokens: maxTokens || MAX_SEGMENT_TOKENS, chunkOverlap: overlap };
}

/**
 * Dify's process-rule checks with its messages, in its order; the chunk-size limits Dify checks
 * only later, in the indexing run, are checked here too so a bad rule never becomes a failed document.
 */
export function checkProcessRule(raw: ProcessRuleInput): ProcessRule {
  const input = ZProcessRule.parse(raw);
  if (!['automatic', 'custom', 'hierarchical'].includes(input.mode)) throw errors.invalidParam('Process rule mode is invalid');
  if (input.mode === 'automatic') {
    return {
      mode: 'automatic',
      removeExtraSpaces: true,
      removeUrlsEmails: false,
      segmentation: { separator: '\n', maxTokens: 500, chunkOverlap: 50 },
      parentMode: null,
      subchunk: null,
    };
  }
  const rules = input.rules;
  if (!rules) throw errors.invalidParam('Process rule rules is required');
  if (!rules.pre_processing_rules) throw errors.invalidParam('Process rule pre_processing_rules is required');
  const enabled = new Map<string, boolean>();
  for (const rule of rules.pre_processing_rules) {
    if (!rule.id) throw errors.invalidParam('Process rule pre_processing_rules id is required');
    enabled.set(rule.id, rule.enabled);
  }
  const hierarchical = input.mode === 'hierarchical';
  const parentMode = hierarchical ? (rules.parent_mode ?? 'paragraph') : null;
  const segmentation = checkSegmentation(rules.segmentation, 'segmentation', parentMode !== 'full-doc');
  let subchunk: Segmentation | null = null;
  if (hierarchical) {
    if (!rules.subchunk_segmentation) throw errors.invalidParam('No subchunk segmentation found in rules.');
    subchunk = checkSegmentation(rules.subchunk_segmentation, 'subchunk_segmentation', true);
  }
  return {
    mode: hierarchical ? 'hierarchical' : 'custom',
    removeExtraSpaces: enabled.get('remove_extra_spaces') === true,
    removeUrlsEmails: enabled.get('remove_urls_emails') === true,
    segmentation,
    parentMode,
    subchunk,
  };
}

/** A stored rule (`mode`, `rules` as sent) back to the rule the pipeline runs with. */
export function storedProcessRule(mode: string, rules: Record<string, unknown> | null): ProcessRule {
  return checkProcessRule({ mode, rules } as ProcessRuleInput);
}
