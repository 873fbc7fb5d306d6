import Papa from 'papaparse';

/** Dify's annotation CSV: a header row, then one question and its answer per row. */
export function annotationsCsv(rows: { question: string; answer: string }[]): string {
  return Papa.unparse({ fields: ['question', 'answer'], data: rows.map((r) => [r.question, r.answer]) });
}

export function downloadText(filename: string, text: string, type: string) {
  // A byte-order mark, so spreadsheet programs read the file as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
