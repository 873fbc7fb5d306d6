import { hash, verify } from '@node-rs/argon2';
import { errors } from '../errors';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

const PASSWORD_RULE = /^(?=.*[a-zA-Z])(?=.*\d).{8,}$/;

/** Dify's rule: at least 8 characters with a letter and a digit. */
export function assertValidPassword(password: string, field = 'password'): void {
  if (!PASSWORD_RULE.test(password)) {
    throw errors.badRequest('invalid_param', `${field}: Password must be at least 8 characters long and contain letters and numbers.`, {
      params: field,
    });
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Dify clients since 1.11.2 Base64-encode passwords and codes; older ones send them plain. Try the
 * decoded form first when the value is valid Base64 of printable UTF-8, and keep the plain form as
 * the fallback candidate.
 */
export function passwordCandidates(value: string): string[] {
  const candidates: string[] = [];
  if (value.length % 4 === 0 && BASE64.test(value)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const printable = [...decoded].every((ch) => ch.charCodeAt(0) >= 0x20);
    if (decoded && printable && !decoded.includes('\uFFFD')) candidates.push(decoded);
  }
  if (!candidates.includes(value)) candidates.push(value);
  return candidates;
}
