import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';
import { createTranslator } from 'next-intl';
import { MESSAGES } from './i18n/messages';
import { maskSecret, resetOnClose } from './utils';

describe('maskSecret', () => {
  it('keeps the prefix and the last four characters only', () => {
    const token = 'app-AbCdEfGhIjKlMnOpQrStUvWx';
    const masked = maskSecret(token);
    expect(masked.startsWith('app-')).toBe(true);
    expect(masked.endsWith('UvWx')).toBe(true);
    expect(masked).not.toContain('AbCd');
  });
});

describe('errorMessage', () => {
  const t = createTranslator({ locale: 'zh-Hans', messages: MESSAGES['zh-Hans'] });
  it('translates known Dify codes from tRPC errors and sign-in results', () => {
    expect(errorMessage(t, { message: 'Invalid email or password.', data: { appCode: 'authentication_failed' } })).toBe(
      '邮箱或密码错误。',
    );
    expect(errorMessage(t, 'email_code_error')).toBe('验证码错误。');
  });

  it('falls back to the server message, and to a generic one for internal errors', () => {
    expect(errorMessage(t, { message: 'name is required', data: { appCode: 'invalid_param_x' } })).toBe('name is required');
    expect(errorMessage(t, { message: 'Internal Server Error', data: { appCode: 'unknown' } })).toBe(t('errors.generic'));
  });
});

describe('resetOnClose', () => {
  it('forgets the item and resets the mutation only when the dialog closes', () => {
    const calls: string[] = [];
    const onOpenChange = resetOnClose(() => calls.push('forget'), { reset: () => calls.push('reset') });
    onOpenChange(true);
    expect(calls).toEqual([]);
    onOpenChange(false);
    expect(calls).toEqual(['forget', 'reset']);
  });
});
