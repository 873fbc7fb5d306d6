import { describe, expect, it } from 'vitest';
import { decryptCredentials, encryptCredentials } from './credential-cipher';

const KEY = 'secret-key-for-tests';
const scope = { workspaceId: '11111111-1111-4111-8111-111111111111', provider: 'openai' };
const credentials = { openai_api_key: 'sk-very-secret', openai_organization: 'org-1' };

describe('credential cipher', () => {
  it('round-trips, with a fresh IV every time and nothing readable in the stored text', () => {
    const first = encryptCredentials(KEY, scope, credentials);
    const second = encryptCredentials(KEY, scope, credentials);
    expect(first).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(first).not.toBe(second);
    expect(first.split('.')[1]).not.toBe(second.split('.')[1]);
    expect(Buffer.from(first.split('.')[3]!, 'base64url').toString('latin1')).not.toContain('sk-very');
    expect(decryptCredentials(KEY, scope, first)).toEqual(credentials);
  });

  it('opens only with the same secret key, workspace and provider, and refuses tampering', () => {
    const stored = encryptCredentials(KEY, scope, credentials);
    const [version, iv, tag, body] = stored.split('.') as [string, string, string, string];
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    const attempts: [string, typeof scope, string][] = [
      ['other-key', scope, stored],
      [KEY, { ...scope, workspaceId: '22222222-2222-4222-8222-222222222222' }, stored],
      [KEY, { ...scope, provider: 'anthropic' }, stored],
      [KEY, scope, [version, iv, tag, flipped.toString('base64url')].join('.')],
      [KEY, scope, ['v2', iv, tag, body].join('.')],
      [KEY, scope, 'not-encrypted'],
    ];
    for (const [key, where, text] of attempts) {
      expect(() => decryptCredentials(key, where, text)).toThrow('Stored credentials cannot be decrypted.');
    }
  });
});
