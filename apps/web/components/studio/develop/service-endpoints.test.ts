import { describe, expect, it } from 'vitest';
import { endpointsForMode } from './service-endpoints';

const document = {
  paths: {
    '/chat-messages': { post: { summary: 'Chat' } },
    '/completion-messages': { post: { summary: 'Complete' } },
    '/conversations': { get: { summary: 'List' } },
    '/parameters': { get: { summary: 'Params' } },
    '/datasets': { get: { summary: 'Datasets' } },
    '/workflows/run': { post: { summary: 'Run' } },
  },
};

describe('endpointsForMode', () => {
  it('keeps the chat endpoints for chat apps', () => {
    expect(endpointsForMode(document, 'chat').map((e) => e.path)).toEqual(['/chat-messages', '/conversations', '/parameters']);
  });
  it('keeps the completion endpoints for completion apps', () => {
    expect(endpointsForMode(document, 'completion').map((e) => `${e.method} ${e.path}`)).toEqual(['POST /completion-messages', 'GET /parameters']);
  });
});
