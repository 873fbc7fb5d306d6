import { describe, expect, it } from 'vitest';
import { groupOperations, matchesQuery, objectFields, type OpenApiDocument, typeLabel } from './openapi-document';

const document: OpenApiDocument = {
  paths: {
    '/chat-messages': {
      post: { tags: ['Chat'], summary: 'Send a chat message', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ChatRequest' } } } } },
    },
    '/conversations/{conversation_id}': {
      get: { tags: ['Conversations'], summary: 'Get a conversation' },
      delete: { tags: ['Conversations'], summary: 'Delete a conversation' },
    },
    '/health': { get: { summary: 'Liveness' } },
  },
  components: {
    schemas: {
      ChatRequest: {
        type: 'object',
        required: ['query'],
        properties: {
          query: { type: 'string' },
          inputs: { anyOf: [{ $ref: '#/components/schemas/Inputs' }, { type: 'null' }] },
          files: { type: 'array', items: { type: 'object', properties: { url: { type: 'string' } } } },
          limit: { type: ['integer', 'null'] },
        },
      },
      Inputs: { type: 'object', properties: { city: { type: 'string' } } },
    },
  },
};

describe('the OpenAPI reference', () => {
  it('groups operations by their first tag in document order, untagged ones under the fallback', () => {
    const groups = groupOperations(document, 'Other');
    expect(groups.map((group) => [group.tag, group.operations.map((entry) => `${entry.method} ${entry.path}`)])).toEqual([
      ['Chat', ['post /chat-messages']],
      ['Conversations', ['get /conversations/{conversation_id}', 'delete /conversations/{conversation_id}']],
      ['Other', ['get /health']],
    ]);
  });

  it('finds operations by every word of the search, in path, method or summary', () => {
    const all = groupOperations(document, 'Other').flatMap((group) => group.operations);
    expect(all.filter((entry) => matchesQuery(entry, 'delete conversation')).map((entry) => entry.id)).toEqual(['delete-/conversations/{conversation_id}']);
    expect(all.filter((entry) => matchesQuery(entry, 'CHAT-messages')).length).toBe(1);
    expect(all.filter((entry) => matchesQuery(entry, '  ')).length).toBe(4);
    expect(all.filter((entry) => matchesQuery(entry, 'nothing here')).length).toBe(0);
  });

  it('labels types through refs, unions, arrays and 3.1 type lists', () => {
    const fields = objectFields(document, { $ref: '#/components/schemas/ChatRequest' })!;
    expect(fields.required).toEqual(['query']);
    const props = fields.properties!;
    expect(typeLabel(document, props.query)).toBe('string');
    expect(typeLabel(document, props.inputs)).toBe('Inputs | null');
    expect(typeLabel(document, props.files)).toBe('array<object>');
    expect(typeLabel(document, props.limit)).toBe('integer | null');
    // A nullable reference and an array both open onto the object's own fields.
    expect(Object.keys(objectFields(document, props.inputs)!.properties!)).toEqual(['city']);
    expect(Object.keys(objectFields(document, props.files)!.properties!)).toEqual(['url']);
    expect(objectFields(document, { $ref: '#/components/schemas/Missing' })).toBeUndefined();
  });
});
