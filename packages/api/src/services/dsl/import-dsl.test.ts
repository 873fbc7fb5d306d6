import { describe, expect, it } from 'vitest';
import { DslError, parseDsl } from './import-dsl';

const failure = (content: string) => {
  try {
    parseDsl(content);
  } catch (error) {
    expect(error).toBeInstanceOf(DslError);
    return (error as Error).message;
  }
  throw new Error('expected parseDsl to fail');
};

describe('parseDsl', () => {
  it('reads a document, defaulting the version to 0.1.0 and forcing kind to app', () => {
    const parsed = parseDsl('kind: workflow\napp:\n  name: A\n  mode: chat\n');
    expect(parsed).toMatchObject({ importedVersion: '0.1.0', status: 'completed-with-warnings' });
    expect(parsed.data.kind).toBe('app');
    expect(parseDsl('version: 0.5.0\napp: {name: A, mode: workflow}').status).toBe('completed');
    expect(parseDsl('version: "9.0.0"\napp: {name: A, mode: workflow}').status).toBe('pending');
    expect(parseDsl('version: "x.y"\napp: {name: A, mode: workflow}').status).toBe('failed');
  });

  it("reports Dify's failures", () => {
    expect(failure('a: [unclosed')).toMatch(/^Invalid YAML format: /);
    expect(failure('- a\n- b\n')).toBe('Invalid YAML format: content must be a mapping');
    expect(failure('version: 0.1\napp: {name: A}')).toBe('Invalid version type, expected str, got number');
    expect(failure('version: 0.5.0\n')).toBe('Missing app data in YAML content');
  });
});
