import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { errors } from '../errors';

const encoder = new TextEncoder();
const key = (secret: string) => encoder.encode(secret);

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Compares a presented secret with the configured one in constant time, whatever their lengths. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(Buffer.from(sha256Hex(given)), Buffer.from(sha256Hex(expected)));
}

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Uniformly random `[A-Za-z0-9]` string (API keys, site codes). */
export function randomAlphanumeric(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
}

export function randomDigits(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(randomInt(10));
  return out;
}

/** The token of `Authorization: Bearer <token>` (scheme in any case), if that is what the header holds. */
export function bearerToken(headers: Headers): string | null {
  const match = /^bearer\s+(\S+)$/i.exec(headers.get('authorization')?.trim() ?? '');
  return match?.[1] ?? null;
}

export async function signJwt(secret: string, claims: Record<string, unknown>, expiresAt: Date): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key(secret));
}

/** Verifies an HS256 token with Dify's three failure messages. */
export async function verifyJwt(secret: string, token: string, now: Date): Promise<Record<string, unknown>> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: ['HS256'], currentDate: now });
    return payload as Record<string, unknown>;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw errors.unauthorized('Token has expired.');
    if (error instanceof joseErrors.JWSSignatureVerificationFailed)
      throw errors.unauthorized('Invalid token signature.');
    throw errors.unauthorized('Invalid token.');
  }
}
