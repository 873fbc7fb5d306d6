import { describe, expect, it } from 'vitest';
import { checkVersionCompatibility, CURRENT_DSL_VERSION } from './version';

describe('DSL version compatibility', () => {
  it('follows Dify: newer or older-major pending, older-minor warnings, same-minor completed, garbage failed', () => {
    expect(CURRENT_DSL_VERSION).toBe('0.5.0');
    expect(checkVersionCompatibility('0.5.0')).toBe('completed');
    expect(checkVersionCompatibility('0.5')).toBe('completed');
    expect(checkVersionCompatibility('0.5.0rc1')).toBe('completed');
    expect(checkVersionCompatibility('0.5.1')).toBe('pending');
    expect(checkVersionCompatibility('0.6.0')).toBe('pending');
    expect(checkVersionCompatibility('1.0.0')).toBe('pending');
    expect(checkVersionCompatibility('0.4.9')).toBe('completed-with-warnings');
    expect(checkVersionCompatibility('0.1.0')).toBe('completed-with-warnings');
    expect(checkVersionCompatibility('1.0.0', '2.1.0')).toBe('pending');
    expect(checkVersionCompatibility('abc')).toBe('failed');
    expect(checkVersionCompatibility('')).toBe('failed');
  });
});
