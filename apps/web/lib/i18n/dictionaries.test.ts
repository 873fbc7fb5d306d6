import { describe, expect, it } from 'vitest';
import { pickLocale } from './config';
import { DICTIONARIES } from './dictionaries';

type Tree = { [key: string]: unknown };

function keyPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keyPaths(value as Tree, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('dictionaries', () => {
  it('translate every English string into Simplified Chinese', () => {
    const en = keyPaths(DICTIONARIES['en-US'] as unknown as Tree).sort();
    const zh = keyPaths(DICTIONARIES['zh-Hans'] as unknown as Tree).sort();
    expect(zh).toEqual(en);
  });

  it('leave no string empty', () => {
    for (const dictionary of Object.values(DICTIONARIES)) {
      const walk = (tree: Tree) => {
        for (const value of Object.values(tree)) {
          if (typeof value === 'string') expect(value.trim()).not.toBe('');
          else if (value && typeof value === 'object') walk(value as Tree);
        }
      };
      walk(dictionary as unknown as Tree);
    }
  });
});

describe('pickLocale', () => {
  it('prefers the cookie, then the browser language', () => {
    expect(pickLocale('zh-Hans', 'en-US,en;q=0.9')).toBe('zh-Hans');
    expect(pickLocale(undefined, 'zh-CN,zh;q=0.9')).toBe('zh-Hans');
    expect(pickLocale('fr-FR', 'en-GB')).toBe('en-US');
    expect(pickLocale(undefined, null)).toBe('en-US');
  });
});
