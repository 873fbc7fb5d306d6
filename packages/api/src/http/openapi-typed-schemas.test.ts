import { describe, expect, it } from 'vitest';
import { typeDocumentSchemas, typedSchema } from './openapi-typed-schemas';

const COMPONENTS: Record<string, unknown> = {
  Site: { type: 'object', properties: { title: { type: 'string' } } },
  Flag: { anyOf: [{ type: 'boolean' }, { type: 'string', enum: ['true', 'false'] }] },
};
const resolve = (ref: string) => COMPONENTS[ref.replace('#/components/schemas/', '')];
const typed = (schema: unknown) => typedSchema(schema, resolve);

describe('typedSchema', () => {
  it('folds a nullable union of an inline schema into a list of types, keeping the field’s own description', () => {
    expect(typed({ description: 'Seconds', anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] })).toEqual({
      type: ['integer', 'null'],
      minimum: 0,
      description: 'Seconds',
    });
    expect(typed({ anyOf: [{ type: 'null' }, { type: ['string', 'number'] }] })).toEqual({ type: ['string', 'number', 'null'] });
  });

  it('adds null to the values of a nullable enum or constant, which would otherwise refuse it', () => {
    expect(typed({ anyOf: [{ type: 'string', enum: ['emoji', 'image'] }, { type: 'null' }] })).toEqual({ type: ['string', 'null'], enum: ['emoji', 'image', null] });
    expect(typed({ anyOf: [{ type: 'string', const: 'success' }, { type: 'null' }] })).toEqual({ type: ['string', 'null'], enum: ['success', null] });
  });

  it('gives a union of references and unions the types of its branches', () => {
    expect(typed({ anyOf: [{ $ref: '#/components/schemas/Site' }, { type: 'null' }] })).toEqual({
      anyOf: [{ $ref: '#/components/schemas/Site' }, { type: 'null' }],
      type: ['object', 'null'],
    });
    expect(typed({ anyOf: [{ $ref: '#/components/schemas/Flag' }, { type: 'null' }] })).toMatchObject({ type: ['boolean', 'string', 'null'] });
    expect(typed({ oneOf: [{ const: 1 }, { enum: ['a', null] }] })).toMatchObject({ type: ['integer', 'string', 'null'] });
  });

  it('leaves a union untyped when a branch’s types cannot be known', () => {
    expect(typed({ anyOf: [{ $ref: '#/components/schemas/Missing' }, { type: 'null' }] })).not.toHaveProperty('type');
    expect(typed({ anyOf: [{ minLength: 1 }, { type: 'null' }] })).not.toHaveProperty('type');
  });

  it('does not fold a nullable union whose outer schema constrains values itself', () => {
    const schema = { anyOf: [{ type: 'string' }, { type: 'null' }], not: { const: '' } };
    expect(typed(schema)).toEqual({ ...schema, not: { const: '', type: 'string' }, type: ['string', 'null'] });
  });

  it('spells "any value" with a type: every JSON type, `true` for extra properties, no `items` for array elements', () => {
    expect(typed({ description: 'Anything' })).toEqual({ description: 'Anything', type: ['string', 'number', 'boolean', 'object', 'array', 'null'] });
    expect(typed({ type: 'object', additionalProperties: {} })).toEqual({ type: 'object', additionalProperties: true });
    expect(typed({ type: 'array', items: {} })).toEqual({ type: 'array' });
    expect(typed({ anyOf: [{}, { type: 'null' }] })).toEqual({ type: ['string', 'number', 'boolean', 'object', 'array', 'null'] });
  });

  it('rewrites nested schemas and drops an embedded $schema, leaving examples and defaults alone', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { user: { anyOf: [{ type: 'string' }, { type: 'null' }], default: null, examples: [{ anyOf: 1 }] } },
      additionalProperties: { type: 'array', items: { anyOf: [{ type: 'number' }, { type: 'null' }] } },
    };
    expect(typed(schema)).toEqual({
      type: 'object',
      properties: { user: { type: ['string', 'null'], default: null, examples: [{ anyOf: 1 }] } },
      additionalProperties: { type: 'array', items: { type: ['number', 'null'] } },
    });
    expect(schema.properties.user).toHaveProperty('anyOf');
  });
});

describe('typeDocumentSchemas', () => {
  it('rewrites components, parameters and media types, resolving references against the components', () => {
    const document = {
      paths: {
        '/sites': {
          get: {
            parameters: [{ name: 'q', in: 'query', schema: { anyOf: [{ type: 'string' }, { type: 'null' }] } }],
            responses: { 200: { description: 'OK', content: { 'application/json': { schema: { anyOf: [{ $ref: '#/components/schemas/Site' }, { type: 'null' }] } } } } },
          },
        },
      },
      components: { schemas: { Site: { type: 'object', properties: { icon: { anyOf: [{ type: 'string' }, { type: 'null' }] } } } } },
    };
    typeDocumentSchemas(document);
    const operation = document.paths['/sites'].get;
    expect(operation.parameters[0]?.schema).toEqual({ type: ['string', 'null'] });
    expect(operation.responses[200].content['application/json'].schema).toMatchObject({ type: ['object', 'null'] });
    expect(document.components.schemas.Site.properties.icon).toEqual({ type: ['string', 'null'] });
  });
});
