import { type Dictionary } from '@/lib/i18n/dictionaries';

type Reason =
  | { kind: 'required' }
  | { kind: 'email' }
  | { kind: 'url' }
  | { kind: 'tooLong'; limit: number }
  | { kind: 'tooShort'; limit: number }
  | { kind: 'tooLarge'; limit: number }
  | { kind: 'tooSmall'; limit: number }
  | { kind: 'option' }
  | { kind: 'type' };

/** What a zod or Dify validation message means, whatever words it was written in. */
export function readReason(detail: string): Reason | null {
  const limit = Number(/(\d+(?:\.\d+)?)/.exec(detail)?.[1] ?? NaN);
  if (/required|received undefined/i.test(detail)) return { kind: 'required' };
  if (/e-?mail/i.test(detail)) return { kind: 'email' };
  if (/\burl\b/i.test(detail)) return { kind: 'url' };
  if (/too big.*(characters|string)|at most \d+ characters|longer than/i.test(detail)) return { kind: 'tooLong', limit };
  if (/too small.*(characters|string)|at least \d+ characters/i.test(detail)) return { kind: detail.includes('>=1 ') ? 'required' : 'tooShort', limit };
  if (/too big|less than or equal|<=/i.test(detail)) return { kind: 'tooLarge', limit };
  if (/too small|greater than or equal|>=/i.test(detail)) return { kind: 'tooSmall', limit };
  if (/invalid option|expected one of|is not a valid/i.test(detail)) return { kind: 'option' };
  if (/invalid input|expected/i.test(detail)) return { kind: 'type' };
  return null;
}

/**
 * Turns a server message such as `emails.0: must be a valid email address` into plain words in the
 * console's language ("Email addresses (1st): enter a valid email address"). Messages it does not
 * recognise come back as they are, since they still name the field at fault.
 */
export function plainValidationMessage(t: Dictionary, message: string): string {
  const match = /^([\w.[\]-]+): (.+)$/.exec(message);
  const path = match?.[1] ?? '';
  const reason = readReason(match ? match[2]! : message);
  if (!reason) return message;
  const v = t.validation;
  const segments = path.split('.').filter(Boolean);
  const index = segments.findLast((s) => /^\d+$/.test(s));
  const key = segments.findLast((s) => !/^\d+$/.test(s)) ?? '';
  const name = key ? (v.fields[key] ?? key.replaceAll('_', ' ')) : '';
  const field = name && index !== undefined ? v.item(name, Number(index) + 1) : name;
  const text = v.reasons[reason.kind](('limit' in reason ? reason.limit : 0) || 0);
  return field ? v.withField(field, text) : text;
}
