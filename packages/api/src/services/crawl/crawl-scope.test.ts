import { describe, expect, it } from 'vitest';
import { crawlScope, inScope, patternList } from './crawl-scope';

describe('crawl scope', () => {
  it('follows same-origin links only', () => {
    const scope = crawlScope('https://site.test/docs/', [], []);
    expect(inScope(scope, 'https://site.test/about')).toBe(true);
    expect(inScope(scope, 'http://site.test/about')).toBe(false);
    expect(inScope(scope, 'https://site.test:8443/about')).toBe(false);
    expect(inScope(scope, 'https://other.test/about')).toBe(false);
    expect(inScope(scope, 'not a url')).toBe(false);
  });

  it('applies include and exclude path patterns, excludes first', () => {
    const scope = crawlScope('https://site.test/', patternList('/docs/*, blog'), patternList(['/docs/private*']));
    expect(inScope(scope, 'https://site.test/docs/setup')).toBe(true);
    expect(inScope(scope, 'https://site.test/blog/2024/post')).toBe(true);
    expect(inScope(scope, 'https://site.test/docs/private/keys')).toBe(false);
    expect(inScope(scope, 'https://site.test/pricing')).toBe(false);
  });

  it('reads patterns from a comma-separated string or a list', () => {
    expect(patternList(' a, ,b ')).toEqual(['a', 'b']);
    expect(patternList(['x', ' y '])).toEqual(['x', 'y']);
    expect(patternList(undefined)).toEqual([]);
  });
});
