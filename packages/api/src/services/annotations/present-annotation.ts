import { type MessageAnnotation } from '@tessera/db';
import { toUnixRequired } from '../../validation';

/** Dify's `annotation_fields`: the stored `content` is the `answer`. */
export function presentAnnotation(row: Pick<MessageAnnotation, 'id' | 'question' | 'content' | 'hitCount' | 'createdAt'>) {
  return {
    id: row.id,
    question: row.question,
    answer: row.content,
    hit_count: row.hitCount,
    created_at: toUnixRequired(row.createdAt),
  };
}

export type PresentedAnnotation = ReturnType<typeof presentAnnotation>;

const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r'];

/**
 * Exports end up in spreadsheets, where a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return runs as a formula; a leading apostrophe makes it text (Dify's CSVSanitizer does the same).
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_PREFIXES.some((prefix) => value.startsWith(prefix)) ? `'${value}` : value;
}
