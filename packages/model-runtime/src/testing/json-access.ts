/** Narrowing helpers for request bodies, which arrive as untrusted parsed JSON. */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

export function asRecord(value: unknown): JsonRecord {
  return isRecord(value) ? value : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Arguments may arrive as a JSON string (OpenAI) or as an object (Ollama, Anthropic, Gemini). */
export function parseArguments(value: unknown): JsonRecord {
  if (isRecord(value)) return value;
  if (typeof value !== 'string') return {};
  try {
    return asRecord(JSON.parse(value));
  } catch {
    return {};
  }
}

/** Text of a message content that is either a string or a list of parts with `text` fields. */
export function textOfContent(content: unknown): string {
  if (typeof content === 'string') return content;
  return asArray(content)
    .map((part) => asString(asRecord(part).text))
    .filter((text): text is string => text !== undefined)
    .join('\n');
}
