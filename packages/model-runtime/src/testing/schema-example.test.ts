import { describe, expect, it } from 'vitest';
import { exampleFromSchema } from './schema-example';

describe('exampleFromSchema', () => {
  it('fills primitives, one-item arrays and nested objects', () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        count: { type: 'integer' },
        ratio: { type: 'number' },
        on: { type: 'boolean' },
        items: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
      },
    };
    expect(exampleFromSchema(schema)).toEqual({ name: 'example', count: 1, ratio: 1, on: true, items: [{ id: 'example' }] });
  });

  it('keeps only required properties when some are marked required', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['b'] };
    expect(exampleFromSchema(schema)).toEqual({ b: 'example' });
  });

  it('honours enum, const, nullable unions, refs, formats and bounds', () => {
    const schema = {
      type: 'object',
      properties: {
        mode: { enum: ['fast', 'slow'] },
        kind: { const: 'fixed' },
        maybe: { type: ['null', 'string'] },
        choice: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 5 }] },
        link: { $ref: '#/$defs/link' },
        small: { type: 'number', maximum: 0.5 },
        tags: { type: 'array', items: { type: 'string' }, minItems: 2 },
      },
      $defs: { link: { type: 'string', format: 'uri' } },
    };
    expect(exampleFromSchema(schema)).toEqual({
      mode: 'fast',
      kind: 'fixed',
      maybe: 'example',
      choice: 5,
      link: 'https://example.com',
      small: 0.5,
      tags: ['example', 'example'],
    });
  });

  it('reads the upper-case OpenAPI types some clients send', () => {
    expect(exampleFromSchema({ type: 'OBJECT', properties: { n: { type: 'NUMBER' } } })).toEqual({ n: 1 });
  });
});
