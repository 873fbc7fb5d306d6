import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { MESSAGES } from './i18n/messages';
import { plainValidationMessage } from './validation-message';

const en = createTranslator({ locale: 'en-US', messages: MESSAGES['en-US'] });
const zh = createTranslator({ locale: 'zh-Hans', messages: MESSAGES['zh-Hans'] });

describe('plainValidationMessage', () => {
  it('names the field and says what is wrong, in the console’s language', () => {
    expect(plainValidationMessage(en, 'emails.0: must be a valid email address')).toBe('Email addresses (item 1): enter a valid email address.');
    expect(plainValidationMessage(zh, 'emails.0: must be a valid email address')).toBe('邮箱地址（第 1 项）：请输入有效的邮箱地址。');
  });

  it('reads zod’s own wording for lengths and missing fields', () => {
    expect(plainValidationMessage(en, 'name: Too big: expected string to have <=255 characters')).toBe('Name: use at most 255 characters.');
    expect(plainValidationMessage(en, 'title: This field is required.')).toBe('Title: this is required.');
  });

  it('keeps messages it cannot read', () => {
    expect(plainValidationMessage(en, 'model.name must be in the specified model list')).toBe('model.name must be in the specified model list');
  });
});
