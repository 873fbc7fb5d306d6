import { type useTranslations } from 'next-intl';
import { type Messages } from '@/lib/i18n/messages';

/** The catalogue-wide translator that `useTranslations()` and `getTranslations()` give. */
export type Translate = ReturnType<typeof useTranslations<never>>;

type FieldKey = keyof Messages['validation']['fields'];

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
export function plainValidationMessage(t: Translate, message: string): string {
  const match = /^([\w.[\]-]+): (.+)$/.exec(message);
  const path = match?.[1] ?? '';
  const reason = readReason(match ? match[2]! : message);
  if (!reason) return message;
  const segments = path.split('.').filter(Boolean);
  const index = segments.findLast((s) => /^\d+$/.test(s));
  const key = segments.findLast((s) => !/^\d+$/.test(s)) ?? '';
  const name = key ? (isFieldKey(t, key) ? t(`validation.fields.${key}`) : key.replaceAll('_', ' ')) : '';
  const field = name && index !== undefined ? t('validation.item', { field: name, n: Number(index) + 1 }) : name;
  const text = t(`validation.reasons.${reason.kind}`, { n: ('limit' in reason ? reason.limit : 0) || 0 });
  return field ? t('validation.withField', { field, text }) : text;
}

// Field names arrive from the server; only the ones the catalogue names get translated words.
function isFieldKey(t: Translate, key: string): key is FieldKey {
  return t.has(`validation.fields.${key}` as `validation.fields.${FieldKey}`);
}
