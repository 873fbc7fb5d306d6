import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type AppDeps } from '../../deps';
import { UUID } from '../../validation';

/**
 * What a signature authorises. Upload files and tool files share `file-preview` (Dify signs both
 * with that prefix); the deprecated image route has its own.
 */
export type SignaturePurpose = 'file-preview' | 'image-preview';

export interface SignedQuery {
  timestamp: string;
  nonce: string;
  sign: string;
}

type SigningDeps = Pick<AppDeps, 'config' | 'now' | 'urls'>;

const TIMESTAMP = /^\d{1,12}$/;

/** base64url of HMAC-SHA256 over `purpose|id|timestamp|nonce`, keeping the `=` padding as Dify does. */
export function computeSignature(secretKey: string, purpose: SignaturePurpose, id: string, timestamp: string, nonce: string): string {
  return createHmac('sha256', secretKey)
    .update(`${purpose}|${id}|${timestamp}|${nonce}`)
    .digest('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** A fresh timestamp, a 16-byte hex nonce and their signature for `id`. */
export function signQuery(deps: SigningDeps, purpose: SignaturePurpose, id: string): SignedQuery {
  const timestamp = String(Math.floor(deps.now().getTime() / 1000));
  const nonce = randomBytes(16).toString('hex');
  return { timestamp, nonce, sign: computeSignature(deps.config.secretKey, purpose, id, timestamp, nonce) };
}

/**
 * True when `sign` is exactly the signature of these values and the timestamp is at most
 * FILES_ACCESS_TIMEOUT seconds old (like Dify, a future timestamp is not refused).
 */
export function verifySignedQuery(
  deps: SigningDeps,
  purpose: SignaturePurpose,
  id: string,
  query: Partial<SignedQuery>,
): boolean {
  const { timestamp, nonce, sign } = query;
  if (!timestamp || !nonce || !sign || !TIMESTAMP.test(timestamp)) return false;
  const expected = Buffer.from(computeSignature(deps.config.secretKey, purpose, id, timestamp, nonce));
  const given = Buffer.from(sign);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const now = Math.floor(deps.now().getTime() / 1000);
  return now - Number(timestamp) <= deps.config.filesAccessTimeoutSeconds;
}

function withQuery(url: string, query: SignedQuery, extra: Record<string, string> = {}): string {
  return `${url}?${new URLSearchParams({ ...query, ...extra }).toString()}`;
}

function filesBase(deps: SigningDeps): string {
  return `${deps.urls.files}/files`;
}

/** `{FILES_URL}/files/{id}/file-preview?timestamp&nonce&sign[&as_attachment=true]`. */
export function signedFilePreviewUrl(deps: SigningDeps, uploadFileId: string, options: { asAttachment?: boolean } = {}): string {
  const query = signQuery(deps, 'file-preview', uploadFileId);
  const extra: Record<string, string> = options.asAttachment ? { as_attachment: 'true' } : {};
  return withQuery(`${filesBase(deps)}/${uploadFileId}/file-preview`, query, extra);
}

/** `{FILES_URL}/files/{id}/image-preview?timestamp&nonce&sign` (Dify's deprecated image route). */
export function signedImagePreviewUrl(deps: SigningDeps, uploadFileId: string): string {
  return withQuery(`${filesBase(deps)}/${uploadFileId}/image-preview`, signQuery(deps, 'image-preview', uploadFileId));
}

/**
 * Dify's `avatar_url`: an avatar that is already an http(s) URL is answered as it is; an upload
 * file id becomes a signed file-preview URL.
 */
export function avatarUrl(deps: SigningDeps, avatar: string | null): string | null {
  if (!avatar) return null;
  if (/^https?:\/\//i.test(avatar)) return avatar;
  return UUID.test(avatar) ? signedFilePreviewUrl(deps, avatar) : null;
}
