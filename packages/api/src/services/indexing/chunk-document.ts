import { type DocForm } from '@tessera/db';
import { type ProcessRule } from './process-rule';
import { RECURSIVE_SEPARATORS, recursiveSplit, splitText } from './split-text';

export interface Chunk {
  content: string;
  answer?: string;
  /** Child chunks of a parent (hierarchical documents). */
  children?: string[];
}

/**
 * Cuts a cleaned document into segments by its form: plain chunks; or parents with children
 * (paragraph parents, or the whole document as one parent). Q&A documents are cut into plain
 * chunks too: each is the passage a model turns into question and answer pairs (generate-qa.ts).
 */
export function chunkDocument(text: string, rule: ProcessRule, docForm: DocForm): Chunk[] {
  if (docForm === 'hierarchical_model' && rule.subchunk) {
    const parents = rule.parentMode === 'full-doc' ? [text.trim()].filter(Boolean) : splitText(text, rule.segmentation);
    return parents.map((parent) => ({ content: parent, children: splitText(parent, rule.subchunk!) }));
  }
  const chunks = rule.mode === 'automatic' ? recursiveSplit(text, RECURSIVE_SEPARATORS, rule.segmentation) : splitText(text, rule.segmentation);
  return chunks.map((content) => ({ content }));
}

const QA_LINE = /^\s*Q\d*\s*[:：]\s*(.+?)\s*\n\s*A\d*\s*[:：]\s*([\s\S]+?)(?=\n\s*Q\d*\s*[:：]|\s*$)/gm;

/**
 * Reads the pairs a model wrote as `Q1: … / A1: …` (the format its prompt asks for). Each pair
 * becomes a segment whose content is the question.
 */
export function qaPairs(text: string): Chunk[] {
  const pairs: Chunk[] = [];
  for (const match of text.matchAll(QA_LINE)) pairs.push({ content: match[1]!.trim(), answer: match[2]!.trim() });
  return pairs;
}
