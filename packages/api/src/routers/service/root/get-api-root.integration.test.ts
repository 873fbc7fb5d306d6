import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing';

describe('GET /v1/', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app?.close());

  it('answers the API root without a key', async () => {
    for (const path of ['/v1/', '/v1']) {
      const res = await app.request('GET', path);
      expect(res.status, path).toBe(200);
      expect(res.body).toEqual({ welcome: 'Dify OpenAPI', api_version: 'v1', server_version: '1.12.1' });
    }
  });
});
