/** Small guards for configuration and tool input that arrive as untyped JSON. */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python's repr of a list of strings, which Dify's messages print (`['high', 'low']`). */
export function pyList(values: readonly unknown[]): string {
  return `[${values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value))).join(', ')}]`;
}
