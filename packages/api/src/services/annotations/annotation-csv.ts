/**
 * Reading an annotation CSV as Dify's batch import does: the first row is the header (Dify's
 * template has `question,answer` in the console's language), then one question and answer per
 * row. Rows with more cells than the header are skipped as malformed, rows missing either text
 * are skipped as empty, and the file is refused with Dify's messages when it has no line break,
 * fewer than two columns, too many or too few records, or an overlong question or answer.
 */

export const CSV_IMPORT_LIMITS = {
  /** Dify's ANNOTATION_IMPORT_FILE_SIZE_LIMIT (2 MB). */
  maxFileBytes: 2 * 1024 * 1024,
  /** ANNOTATION_IMPORT_MAX_RECORDS and ANNOTATION_IMPORT_MIN_RECORDS. */
  maxRecords: 10_000,
  minRecords: 1,
  maxQuestionChars: 2000,
  maxAnswerChars: 10_000,
};

export interface CsvRecord {
  question: string;
  answer: string;
}

export type CsvReadResult = { records: CsvRecord[] } | { error: string };

class CsvSyntaxError extends Error {}

/** RFC 4180 rows: commas, double quotes with `""` inside, line breaks (LF or CRLF) inside quotes. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else {
      field += char;
    }
  }
  if (quoted) throw new CsvSyntaxError(`a quoted field opened on line ${quoteLine} is never closed`);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const isBlank = (row: string[]) => row.length === 1 && row[0]!.trim() === '';
const characters = (text: string) => [...text].length;

/** The records of an uploaded file, or the message Dify answers the upload with. */
export function readAnnotationCsv(bytes: Uint8Array, limits = CSV_IMPORT_LIMITS): CsvReadResult {
  if (!bytes.subarray(0, 8192).includes(0x0a)) return { error: 'The CSV file appears to be empty or invalid.' };
  let rows: string[][];
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    rows = parseCsvRows(text).filter((row) => !isBlank(row));
  } catch (error) {
    const reason = error instanceof CsvSyntaxError ? error.message : 'the file is not UTF-8 text';
    return { error: `An error occurred while processing the file: ${reason}` };
  }
  const [header, ...body] = rows;
  if (!header || header.length < 2) return { error: 'Invalid CSV format. The file must contain at least 2 columns (question and answer).' };
  const records: CsvRecord[] = [];
  const wellFormed = body.filter((row) => row.length <= header.length);
  for (const [index, row] of wellFormed.entries()) {
    if (records.length >= limits.maxRecords) {
      return {
        error: `The CSV file contains too many records. Maximum ${limits.maxRecords} records allowed per import. Please split your file into smaller batches.`,
      };
    }
    const question = (row[0] ?? '').trim();
    const answer = (row[1] ?? '').trim();
    if (!question || !answer) continue;
    const rowNumber = index + 2;
    if (characters(question) > limits.maxQuestionChars) {
      return { error: `Question at row ${rowNumber} is too long. Maximum ${limits.maxQuestionChars} characters allowed.` };
    }
    if (characters(answer) > limits.maxAnswerChars) {
      return { error: `Answer at row ${rowNumber} is too long. Maximum ${limits.maxAnswerChars} characters allowed.` };
    }
    records.push({ question, answer });
  }
  if (records.length < limits.minRecords) {
    return {
      error: `The CSV file must contain at least ${limits.minRecords} valid annotation record(s). Found ${records.length} valid record(s).`,
    };
  }
  return { records };
}
