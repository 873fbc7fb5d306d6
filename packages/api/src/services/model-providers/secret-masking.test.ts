import { describe, expect, it } from 'vitest';
import { HIDDEN_VALUE, maskCredentials, obfuscateToken, restoreHiddenSecrets } from './secret-masking';

describe('secret masking', () => {
  it("masks like Dify's obfuscated_token", () => {
    expect(obfuscateToken('sk-1234567890abcdef')).toBe('sk-123************ef');
    expect(obfuscateToken('12345678')).toBe('********');
    expect(obfuscateToken('abc')).toBe('***');
    expect(maskCredentials({ api_key: 'sk-1234567890abcdef', endpoint_url: 'http://x', empty: '' }, ['api_key', 'empty'])).toEqual({
      api_key: 'sk-123************ef',
      endpoint_url: 'http://x',
      empty: '',
    });
  });

  it('keeps stored secrets sent back hidden or exactly masked, and takes new values', () => {
    const stored = { api_key: 'sk-1234567890abcdef', other_key: 'short', endpoint_url: 'http://old' };
    const secrets = ['api_key', 'other_key'];
    expect(restoreHiddenSecrets({ api_key: 'sk-123************ef', other_key: HIDDEN_VALUE, endpoint_url: 'http://new' }, stored, secrets)).toEqual({
      api_key: 'sk-1234567890abcdef',
      other_key: 'short',
      endpoint_url: 'http://new',
    });
    expect(restoreHiddenSecrets({ api_key: 'sk-new-key', other_key: '*****x' }, stored, secrets)).toEqual({ api_key: 'sk-new-key', other_key: '*****x' });
    expect(restoreHiddenSecrets({ endpoint_url: HIDDEN_VALUE }, stored, secrets)).toEqual({ endpoint_url: HIDDEN_VALUE });
  });
});
