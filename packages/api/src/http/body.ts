import { type AppError, errors } from '../errors';
import { INVALID_JSON_MESSAGE } from './envelope';
import { assertNoNulCharacters } from './nul-characters';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Reads at most `limit` bytes of a request body; larger bodies are refused before they are buffered. */
export async function readBodyLimited(req: Request, limit: number): Promise<Uint8Array> {
  const header = req.headers.get('content-length');
  const declared = Number(header ?? '');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  // A declared length bounds the body (the HTTP parser reads no further), so it can be read in one
  // go: the Node adapter then reads the socket directly instead of through a web stream.
  if (header !== null && header.trim() !== '' && Number.isInteger(declared)) return new Uint8Array(await req.arrayBuffer());
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function tooLarge(limit: number): AppError {
  return errors.payloadTooLarge('request_entity_too_large', `Request body is larger than ${limit} bytes.`);
}

/**
 * The JSON object a POST, PUT or PATCH carries: bounded in size, malformed JSON refused with
 * Dify's message, an empty body read as `{}` (Dify clients POST some actions with no body and no
 * content type), and form-encoded bodies read as flat objects. Undefined for GET and HEAD.
 */
export async function readJsonBody(req: Request, limit: number): Promise<Record<string, unknown> | undefined> {
  if (!BODY_METHODS.has(req.method)) return undefined;
  const raw = new TextDecoder().decode(await readBodyLimited(req, limit));
  const contentType = req.headers.get('content-type') ?? '';
  if (raw.trim() === '') return {};
  if (contentType.includes('application/x-www-form-urlencoded')) return withoutNul(Object.fromEntries(new URLSearchParams(raw)));
  if (contentType !== '' && !contentType.includes('json')) {
    throw errors.unsupportedMediaType('unsupported_media_type', `Unsupported content type "${contentType}"; send application/json.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw errors.invalidParam(INVALID_JSON_MESSAGE);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw errors.invalidParam(INVALID_JSON_MESSAGE);
  }
  return withoutNul(parsed as Record<string, unknown>);
}

function withoutNul(body: Record<string, unknown>): Record<string, unknown> {
  assertNoNulCharacters(body);
  return body;
}
