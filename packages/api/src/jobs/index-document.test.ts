import { Inngest } from 'inngest';
import { describe, expect, it } from 'vitest';
import { type AppDeps } from '../deps';
import { createIndexDocumentFunction, INDEX_DOCUMENT_EVENT } from './index-document';

// The serve protocol's function config is what an Inngest server (or the in-process driver) reads.
describe('the index-document Inngest function', () => {
  it('is triggered by the indexing event and runs one document per workspace at a time', () => {
    const fn = createIndexDocumentFunction(new Inngest({ id: 'tessera-test' }), {} as AppDeps);
    const config = fn['getConfig']({ baseUrl: new URL('http://localhost/api/inngest'), appPrefix: 'tessera-test' })[0] as {
      id: string;
      triggers: { event: string }[];
      concurrency: { key: string; limit: number };
    };
    expect(config.id).toBe('tessera-test-index-document');
    expect(config.triggers).toEqual([expect.objectContaining({ event: INDEX_DOCUMENT_EVENT })]);
    expect(config.concurrency).toEqual({ key: 'event.data.workspace_id', limit: 1 });
  });
});
