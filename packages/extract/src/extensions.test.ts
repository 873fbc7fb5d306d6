import { describe, expect, it } from 'vitest';
import { DOCUMENT_EXTENSIONS, isDocumentExtension } from './index';

describe('document extensions', () => {
  it('lists Dify’s document types', () => {
    const dify = 'txt markdown md mdx pdf html htm xlsx xls vtt properties doc docx csv eml msg pptx xml epub ppt';
    expect([...DOCUMENT_EXTENSIONS].sort()).toEqual(dify.split(' ').sort());
    expect(Object.isFrozen(DOCUMENT_EXTENSIONS)).toBe(true);
  });

  it('recognises extensions in any case, with or without the dot', () => {
    expect(isDocumentExtension('pdf')).toBe(true);
    expect(isDocumentExtension('.DOCX')).toBe(true);
    expect(isDocumentExtension('png')).toBe(false);
    expect(isDocumentExtension('')).toBe(false);
  });
});
