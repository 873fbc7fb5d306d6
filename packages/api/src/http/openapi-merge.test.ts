import { describe, expect, it } from 'vitest';
import { mergeSurfaceDocuments } from './openapi-merge';

function surfaceDocument(siteTitle: string, scheme: Record<string, unknown>) {
  return {
    paths: {
      '/site': {
        get: {
          operationId: 'site-get',
          security: [{ Authorization: [] }],
          responses: { 200: { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Site' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Site: { type: 'object', properties: { [siteTitle]: { type: 'string' } } },
        Error: { type: 'object', properties: { code: { type: 'string' } } },
      },
      securitySchemes: { Authorization: scheme },
    },
  };
}

const INFO = { title: 'All', version: '1' };
const consoleDocument = surfaceDocument('title', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
const serviceDocument = surfaceDocument('name', { type: 'http', scheme: 'bearer' });

describe('mergeSurfaceDocuments', () => {
  const merged = mergeSurfaceDocuments(
    [
      { name: 'console', prefix: '/console/api', document: consoleDocument },
      { name: 'service', prefix: '/v1', document: serviceDocument },
    ],
    INFO,
    'http://localhost:3000',
  ) as { paths: Record<string, { get: Record<string, unknown> }>; components: Record<string, Record<string, unknown>> };

  it('prefixes paths and operationIds with their surface', () => {
    expect(Object.keys(merged.paths)).toEqual(['/console/api/site', '/v1/site']);
    expect(merged.paths['/console/api/site']?.get.operationId).toBe('console-site-get');
    expect(merged.paths['/v1/site']?.get.operationId).toBe('service-site-get');
  });

  it('qualifies a component two surfaces define differently, where it is defined and where it is used', () => {
    expect(Object.keys(merged.components.schemas ?? {}).sort()).toEqual(['Error', 'console.Site', 'service.Site']);
    expect(merged.components.schemas?.['service.Site']).toEqual(serviceDocument.components.schemas.Site);
    expect(merged.paths['/v1/site']?.get.responses).toMatchObject({ 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/service.Site' } } } } });
    expect(merged.components.securitySchemes).toEqual({
      'console.Authorization': consoleDocument.components.securitySchemes.Authorization,
      'service.Authorization': serviceDocument.components.securitySchemes.Authorization,
    });
    expect(merged.paths['/console/api/site']?.get.security).toEqual([{ 'console.Authorization': [] }]);
    expect(merged.paths['/v1/site']?.get.security).toEqual([{ 'service.Authorization': [] }]);
  });

  it('leaves each surface’s own document as it was', () => {
    expect(consoleDocument.components.securitySchemes).toHaveProperty('Authorization');
    expect(consoleDocument.paths['/site'].get.operationId).toBe('site-get');
  });
});
