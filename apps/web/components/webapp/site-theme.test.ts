import { describe, expect, it } from 'vitest';
import { siteThemeStyle } from './site-theme';

describe('siteThemeStyle', () => {
  it('uses the site colour with readable text on it', () => {
    expect(siteThemeStyle('#1C64F2')).toMatchObject({ '--primary': '#1C64F2', '--primary-foreground': '#ffffff' });
    expect(siteThemeStyle('#FDE68A')).toMatchObject({ '--primary-foreground': '#111827' });
  });

  it('ignores anything that is not a hex colour, so no CSS can be injected', () => {
    expect(siteThemeStyle('red; background: url(x)')).toBeUndefined();
    expect(siteThemeStyle(null)).toBeUndefined();
  });
});
