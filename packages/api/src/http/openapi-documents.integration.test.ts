import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing';
import { findDocumentProblems, formatProblems } from '../testing/openapi-problems';

const PREFIXES = ['/console/api', '/api', '/v1', '/inner/api', '/files', '/mcp'];
const DOCUMENTS = [...PREFIXES, ''].map((prefix) => `${prefix}/openapi.json`);

type Operation = { operationId: string; security?: Array<Record<string, string[]>>; responses: Record<string, unknown> };
type Document = { paths: Record<string, Record<string, Operation>>; components: { securitySchemes?: Record<string, unknown> } };

/** The security schemes an operation asks for, as definitions rather than names. */
function schemesOf(document: Document, operation: Operation): unknown[] {
  return (operation.security ?? []).flatMap((requirement) => Object.keys(requirement).map((name) => document.components.securitySchemes?.[name]));
}

describe('OpenAPI documents', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app?.close());

  it.each(DOCUMENTS)('%s is a valid OpenAPI 3.1 document that the reference page loads without errors', async (path) => {
    const res = await app.request('GET', path);
    expect(res.status).toBe(200);
    const problems = await findDocumentProblems(res.body);
    expect(formatProblems(problems)).toBe('');
  });

  it('keeps each operation’s security schemes and responses in the merged document', async () => {
    const merged = (await app.request('GET', '/openapi.json')).body as Document;
    for (const prefix of PREFIXES) {
      const surface = (await app.request('GET', `${prefix}/openapi.json`)).body as Document;
      for (const [path, item] of Object.entries(surface.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          const mergedOperation = merged.paths[`${prefix}${path}`]?.[method];
          expect(mergedOperation, `${method} ${prefix}${path}`).toBeDefined();
          if (!mergedOperation) continue;
          expect(schemesOf(merged, mergedOperation), `${method} ${prefix}${path}`).toEqual(schemesOf(surface, operation));
          expect(Object.keys(mergedOperation.responses)).toEqual(Object.keys(operation.responses));
        }
      }
    }
  });

  it('documents a procedure that answers with no body as 204 without content', async () => {
    const document = (await app.request('GET', '/console/api/openapi.json')).body as Document;
    const responses = document.paths['/apps/{app_id}']?.delete?.responses;
    expect(responses).toHaveProperty('204');
    expect(responses).not.toHaveProperty('200');
    expect(responses?.['204']).not.toHaveProperty('content');
  });
});
