import { describe, expect, it } from 'vitest';
import { CSV_IMPORT_LIMITS, parseCsvRows, readAnnotationCsv } from './annotation-csv';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseCsvRows', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, over LF, CRLF and CR', () => {
    expect(parseCsvRows('a,b\r\n"x, y","say ""hi""\nthere"\rlast,one')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['last', 'one'],
    ]);
  });

  it('keeps empty cells and ignores the final line break', () => {
    expect(parseCsvRows('q,\n,a\n')).toEqual([
      ['q', ''],
      ['', 'a'],
    ]);
  });

  it('refuses a quoted cell that never closes, naming its line', () => {
    expect(() => parseCsvRows('q,a\n"open,a\nmore')).toThrow('a quoted field opened on line 2 is never closed');
  });
});

describe('readAnnotationCsv', () => {
  it('skips the header, trims cells, skips empty and over-wide rows, and ignores a byte-order mark', () => {
    const csv = '\uFEFFquestion,answer\n  What is Tessera?  , A platform. \n\n,no question\nno answer,\nwide,row,extra\n"Multi\nline",yes\n';
    expect(readAnnotationCsv(bytes(csv))).toEqual({
      records: [
        { question: 'What is Tessera?', answer: 'A platform.' },
        { question: 'Multi\nline', answer: 'yes' },
      ],
    });
  });

  it("takes the first two columns of a wider header, whatever the header's words", () => {
    expect(readAnnotationCsv(bytes('问题,答案,备注\nq1,a1,n1\nq2,a2\n'))).toEqual({
      records: [
        { question: 'q1', answer: 'a1' },
        { question: 'q2', answer: 'a2' },
      ],
    });
  });

  it.each([
    ['no line break at all', 'question,answer', 'The CSV file appears to be empty or invalid.'],
    ['a single column', 'question\nq1\n', 'Invalid CSV format. The file must contain at least 2 columns (question and answer).'],
    ['only a header', 'question,answer\n', 'The CSV file must contain at least 1 valid annotation record(s). Found 0 valid record(s).'],
    ['only empty rows', 'question,answer\n,\n ,  \n', 'The CSV file must contain at least 1 valid annotation record(s). Found 0 valid record(s).'],
    ['an unclosed quote', 'question,answer\n"q,a\n', 'An error occurred while processing the file: a quoted field opened on line 2 is never closed'],
  ])('refuses %s with Dify\'s message', (_, csv, message) => {
    expect(readAnnotationCsv(bytes(csv))).toEqual({ error: message });
  });

  it('refuses bytes that are not UTF-8', () => {
    const latin1 = Uint8Array.from([...bytes('question,answer\nCaf'), 0xe9, ...bytes(',yes\n')]);
    expect(readAnnotationCsv(latin1)).toEqual({ error: 'An error occurred while processing the file: the file is not UTF-8 text' });
  });

  it('names the row of an overlong question or answer, counting characters rather than UTF-16 units', () => {
    const emoji = '😀'.repeat(CSV_IMPORT_LIMITS.maxQuestionChars);
    expect(readAnnotationCsv(bytes(`question,answer\nq,a\n${emoji},fits\n`))).toEqual({
      records: [
        { question: 'q', answer: 'a' },
        { question: emoji, answer: 'fits' },
      ],
    });
    expect(readAnnotationCsv(bytes(`question,answer\nq,a\n${emoji}x,too long\n`))).toEqual({
      error: 'Question at row 3 is too long. Maximum 2000 characters allowed.',
    });
    expect(readAnnotationCsv(bytes(`question,answer\nq,${'a'.repeat(10_001)}\n`))).toEqual({
      error: 'Answer at row 2 is too long. Maximum 10000 characters allowed.',
    });
  });

  it('refuses more records than the limit, and takes exactly the limit', () => {
    const limits = { ...CSV_IMPORT_LIMITS, maxRecords: 3 };
    const rows = (n: number) => `question,answer\n${Array.from({ length: n }, (_, i) => `q${i},a${i}`).join('\n')}\n`;
    expect(readAnnotationCsv(bytes(rows(3)), limits)).toMatchObject({ records: { length: 3 } });
    expect(readAnnotationCsv(bytes(rows(4)), limits)).toEqual({
      error: 'The CSV file contains too many records. Maximum 3 records allowed per import. Please split your file into smaller batches.',
    });
  });
});
