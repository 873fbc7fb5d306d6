import { describe, expect, it } from 'vitest';
import { filtersFromParams } from './app-filters';

describe('filtersFromParams', () => {
  it('reads mode, name and tag from the address, ignoring unknown modes', () => {
    expect(filtersFromParams(new URLSearchParams('mode=chat&name=%20bot%20&tag=t1'))).toEqual({ mode: 'chat', name: 'bot', tagId: 't1' });
    expect(filtersFromParams(new URLSearchParams('mode=nonsense'))).toEqual({ mode: 'all', name: '', tagId: '' });
  });
});
