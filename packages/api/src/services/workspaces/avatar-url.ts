import { createHmac, randomBytes } from 'node:crypto';
import { type AppConfig } from '../../config';
import { UUID } from '../../validation';

/**
 * Dify's `avatar_url`: an avatar that is already a URL is returned as it is; an upload-file id
 * becomes a signed `file-preview` URL (contract §3.2), valid for FILES_ACCESS_TIMEOUT.
 */
export function avatarUrl(config: Pick<AppConfig, 'filesUrl' | 'secretKey'>, avatar: string | null, now: Date): string | null {
  if (!avatar) return null;
  if (/^https?:\/\//i.test(avatar)) return avatar;
  if (!UUID.test(avatar)) return null;
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const digest = createHmac('sha256', config.secretKey).update(`file-preview|${avatar}|${timestamp}|${nonce}`).digest('base64');
  // URL-safe Base64 with its padding kept, as Python's urlsafe_b64encode writes it.
  const sign = digest.replace(/\+/g, '-').replace(/\//g, '_');
  return `${config.filesUrl}/files/${avatar}/file-preview?timestamp=${timestamp}&nonce=${nonce}&sign=${sign}`;
}
