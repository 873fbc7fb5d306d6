import { describe, expect, it } from 'vitest';
import { initialValues, missingRequired, MODEL_TYPE_VARIABLE, toCredentials, visibleFields } from './form-values';
import { type FormSchema } from './provider-types';

const label = (en_US: string) => ({ en_US });

const schemas: FormSchema[] = [
  { variable: 'endpoint_url', label: label('Endpoint'), type: 'text-input', required: true },
  { variable: 'api_key', label: label('Key'), type: 'secret-input', required: false },
  {
    variable: 'mode',
    label: label('Mode'),
    type: 'select',
    required: true,
    default: 'chat',
    show_on: [{ variable: MODEL_TYPE_VARIABLE, value: 'llm' }],
    options: [
      { value: 'chat', label: label('Chat') },
      { value: 'completion', label: label('Completion') },
    ],
  },
  {
    variable: 'base_model_name',
    label: label('Base model'),
    type: 'select',
    required: true,
    options: [
      { value: 'gpt-4o', label: label('gpt-4o'), show_on: [{ variable: MODEL_TYPE_VARIABLE, value: 'llm' }] },
      { value: 'text-embedding-3-small', label: label('3-small'), show_on: [{ variable: MODEL_TYPE_VARIABLE, value: 'text-embedding' }] },
    ],
  },
  { variable: 'context_size', label: label('Context'), type: 'text-input', required: false, default: '4096' },
  { variable: 'stream', label: label('Stream'), type: 'switch', required: false },
];

describe('credential form values', () => {
  it('start from saved values, then defaults, keeping masked secrets as they came', () => {
    const values = initialValues(schemas, { endpoint_url: 'http://127.0.0.1:9/v1', api_key: 'sk-abc************yz', context_size: 8192 });
    expect(values).toMatchObject({ endpoint_url: 'http://127.0.0.1:9/v1', api_key: 'sk-abc************yz', mode: 'chat', context_size: '8192', stream: 'false' });
    expect(initialValues(schemas).context_size).toBe('4096');
  });

  it('hide fields whose show_on does not hold and never submit them', () => {
    const values = { ...initialValues(schemas), endpoint_url: 'http://x', [MODEL_TYPE_VARIABLE]: 'text-embedding', base_model_name: 'text-embedding-3-small' };
    expect(visibleFields(schemas, values).map((f) => f.variable)).not.toContain('mode');
    expect(toCredentials(schemas, values)).toEqual({ endpoint_url: 'http://x', base_model_name: 'text-embedding-3-small', context_size: '4096', stream: 'false' });
  });

  it('treat a choice no longer offered for the model type as missing', () => {
    const values = { ...initialValues(schemas), endpoint_url: 'http://x', [MODEL_TYPE_VARIABLE]: 'text-embedding', base_model_name: 'gpt-4o' };
    expect(missingRequired(schemas, values)).toEqual(['base_model_name']);
    expect(toCredentials(schemas, values)).not.toHaveProperty('base_model_name');
  });

  it('report empty required fields and leave blank optional ones out', () => {
    const values = { ...initialValues(schemas), [MODEL_TYPE_VARIABLE]: 'llm', endpoint_url: '  ' };
    expect(missingRequired(schemas, values)).toEqual(['endpoint_url', 'base_model_name']);
    expect(toCredentials(schemas, values)).not.toHaveProperty('api_key');
  });
});
