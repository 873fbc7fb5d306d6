import { describe, expect, it } from 'vitest';
import { pickWebappLocale } from './webapp-locale';

describe('pickWebappLocale', () => {
  it('prefers the visitor’s choice, then the link, then the site default, then the browser', () => {
    expect(pickWebappLocale({ chosen: 'en-US', query: 'zh-Hans', siteDefault: 'zh-Hans', browser: 'zh-Hans' })).toBe('en-US');
    expect(pickWebappLocale({ query: 'zh-Hans', siteDefault: 'en-US', browser: 'en-US' })).toBe('zh-Hans');
    expect(pickWebappLocale({ siteDefault: 'zh-Hant', browser: 'en-US' })).toBe('zh-Hans');
    expect(pickWebappLocale({ siteDefault: 'ja-JP', browser: 'zh-Hans' })).toBe('zh-Hans');
  });
});
