import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('follows paths of this site', () => {
    expect(safeRedirect('/chatbot/Abc?locale=zh-Hans', 'Abc')).toBe('/chatbot/Abc?locale=zh-Hans');
  });

  it('sends links to other sites, protocol-relative or not, to the app’s chat instead', () => {
    for (const target of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', null]) {
      expect(safeRedirect(target, 'Abc')).toBe('/chat/Abc');
    }
  });
});
