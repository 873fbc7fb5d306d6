import { countTextTokens } from '@tessera/app-engine';
import { describe, expect, it } from 'vitest';
import { chunkDocument, qaPairs } from './chunk-document';
import { cleanText } from './clean-text';
import { checkProcessRule } from './process-rule';
import { RECURSIVE_SEPARATORS, recursiveSplit, splitText } from './split-text';

const custom = (segmentation: Record<string, unknown>, pre: { id: string; enabled: boolean }[] = []) =>
  checkProcessRule({ mode: 'custom', rules: { pre_processing_rules: pre, segmentation: segmentation as never } });

describe('process rules', () => {
  it('applies Dify’s checks and messages in order, and the size limits at once', () => {
    expect(() => checkProcessRule({ mode: 'fancy' })).toThrow('Process rule mode is invalid');
    expect(() => checkProcessRule({ mode: 'custom' })).toThrow('Process rule rules is required');
    expect(() => checkProcessRule({ mode: 'custom', rules: {} })).toThrow('Process rule pre_processing_rules is required');
    expect(() => checkProcessRule({ mode: 'custom', rules: { pre_processing_rules: [] } })).toThrow('Process rule segmentation is required');
    expect(() => custom({ separator: '', max_tokens: 100, chunk_overlap: 0 })).toThrow('Process rule segmentation separator is required');
    expect(() => custom({ separator: '\n', chunk_overlap: 0 })).toThrow('Process rule segmentation max_tokens is required');
    expect(() => custom({ separator: '\n', max_tokens: 49, chunk_overlap: 0 })).toThrow('Custom segment length should be between 50 and 4000.');
    expect(() => custom({ separator: '\n', max_tokens: 4001, chunk_overlap: 0 })).toThrow('Custom segment length should be between 50 and 4000.');
    expect(() => checkProcessRule({ mode: 'hierarchical', rules: { pre_processing_rules: [], segmentation: { separator: '\n', max_tokens: 500, chunk_overlap: 0 } } })).toThrow(
      'No subchunk segmentation found in rules.',
    );
  });

  it('drops the rules of automatic mode and unescapes \\n in separators', () => {
    expect(checkProcessRule({ mode: 'automatic', rules: { segmentation: { separator: 'x', max_tokens: 60, chunk_overlap: 0 } } }).segmentation.maxTokens).toBe(500);
    expect(custom({ separator: '\\n\\n', max_tokens: 100, chunk_overlap: 0 }).segmentation.separator).toBe('\n\n');
    const full = checkProcessRule({
      mode: 'hierarchical',
      rules: { pre_processing_rules: [], parent_mode: 'full-doc', segmentation: { separator: '\n' }, subchunk_segmentation: { separator: '\n', max_tokens: 60, chunk_overlap: 0 } },
    });
    expect(full).toMatchObject({ parentMode: 'full-doc', subchunk: { maxTokens: 60 } });
  });
});

describe('cleaning', () => {
  it('always strips control characters; folds spaces and removes links and e-mails only when asked', () => {
    expect(cleanText('a\u0000b<|x|>', { removeExtraSpaces: false, removeUrlsEmails: false })).toBe('ab<x>');
    expect(cleanText('a    b\n\n\n\nc', { removeExtraSpaces: true, removeUrlsEmails: false })).toBe('a b\n\nc');
    expect(cleanText('mail me@x.org see https://x.org/a ![i](https://x.org/i.png)', { removeExtraSpaces: false, removeUrlsEmails: true })).toBe(
      'mail  see  ![i](https://x.org/i.png)',
    );
  });
});

describe('splitting', () => {
  const paragraph = (n: number) => `Paragraph ${n} talks about topic ${n} in a few plain words that make a sentence.`;

  it('makes each piece between custom separators a chunk of its own', () => {
    expect(splitText('a b\n\nc d\n\n\n\ne', { separator: '\n\n', maxTokens: 100, chunkOverlap: 0 })).toEqual(['a b', 'c d', 'e']);
  });

  it('keeps every chunk within max_tokens and loses no text', () => {
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n');
    const chunks = splitText(text, { separator: '\n', maxTokens: 60, chunkOverlap: 0 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(countTextTokens(chunk)).toBeLessThanOrEqual(60);
    for (let i = 0; i < 40; i++) expect(chunks.some((c) => c.includes(paragraph(i)))).toBe(true);
  });

  it('repeats the end of a chunk at the start of the next with an overlap', () => {
    const text = Array.from({ length: 12 }, (_, i) => paragraph(i)).join(' ');
    const chunks = recursiveSplit(text, RECURSIVE_SEPARATORS, { maxTokens: 60, chunkOverlap: 25 });
    expect(chunks.length).toBeGreaterThan(3);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i - 1]).toContain(chunks[i]!.slice(0, 30));
    const without = recursiveSplit(text, RECURSIVE_SEPARATORS, { maxTokens: 60, chunkOverlap: 0 });
    expect(without.join(' ').length).toBeLessThan(chunks.join(' ').length);
  });

  it('splits unspaced Chinese text on full stops', () => {
    const text = '机器学习是人工智能的一个分支。'.repeat(60);
    const chunks = splitText(text, { separator: '\n', maxTokens: 50, chunkOverlap: 0 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(countTextTokens(chunk)).toBeLessThanOrEqual(50);
  });

  it('makes parents with children, one parent for full-doc, and Q&A pairs', () => {
    const rule = checkProcessRule({
      mode: 'hierarchical',
      rules: { pre_processing_rules: [], parent_mode: 'paragraph', segmentation: { separator: '\n\n', max_tokens: 500 }, subchunk_segmentation: { separator: '\n', max_tokens: 50 } },
    });
    const parents = chunkDocument('one\ntwo\n\nthree\nfour', rule, 'hierarchical_model');
    expect(chunkDocument('one\ntwo\n\nthree', { ...rule, parentMode: 'full-doc' }, 'hierarchical_model')).toEqual([
      { content: 'one\ntwo\n\nthree', children: ['one', 'two', 'three'] },
    ]);
    expect(parents).toEqual([
      { content: 'one\ntwo', children: ['one', 'two'] },
      { content: 'three\nfour', children: ['three', 'four'] },
    ]);
    // Q&A documents are cut like plain ones; the model turns each chunk into pairs while indexing.
    expect(chunkDocument('one\n\ntwo', { ...rule, mode: 'custom' }, 'qa_model')).toEqual([{ content: 'one' }, { content: 'two' }]);
    expect(qaPairs('Q1: What is it?\nA1: A test.\nQ2: Why?\nA2: Because.')).toEqual([
      { content: 'What is it?', answer: 'A test.' },
      { content: 'Why?', answer: 'Because.' },
    ]);
  });
});
