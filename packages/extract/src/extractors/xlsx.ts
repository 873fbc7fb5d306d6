
type Cell = string | number | boolean | Date | null | undefined;

function formatCell(value: Cell): string {
  if (value instanceof Date) return value.toISOString();
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * Follows Dify's Excel extractor: the first row of each sheet names the columns, and every other non-empty row
 * becomes one line of `"column":"value"` pairs joined by `;`, skipping empty cells.
 */
export async function extractXlsxText(data: Uint8Array): Promise<string> {
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  // Loaded on first use, as every parser here.
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const sheets = await readXlsxFile(buffer);
  const lines: string[] = [];
  for (const { data: rows } of sheets) {
    const [header, ...body] = rows as unknown as Cell[][];
    if (!header) continue;
    const columns = header.map((cell, index) => formatCell(cell) || `Column ${index + 1}`);
    for (const row of body) {
      const pairs: string[] = [];
      row.forEach((cell, index) => {
        const text = formatCell(cell);
        if (text) pairs.push(`"${columns[index] ?? `Column ${index + 1}`}":"${text}"`);
      });
      if (pairs.length > 0) lines.push(pairs.join(';'));
    }
  }
  return lines.join('\n');
}
