import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { annotationsCsv } from './annotation-csv';

describe('annotationsCsv', () => {
  it('writes a header and quotes commas, quotes and line breaks so the file reads back the same', () => {
    const rows = [{ question: 'Hours, please?', answer: 'We open at "9"\nand close at 5' }];
    const csv = annotationsCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('question,answer');
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed[1]).toEqual(['Hours, please?', 'We open at "9"\nand close at 5']);
  });
});
