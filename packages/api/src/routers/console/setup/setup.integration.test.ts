import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing';

describe('console setup', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app?.close());

  it('reports not_started, creates the owner once, then reports finished', async () => {
    const before = await app.request('GET', '/console/api/setup');
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ step: 'not_started', setup_at: null });

    const weak = await app.request('POST', '/console/api/setup', { json: { email: 'o@example.com', name: 'O', password: 'short' } });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ code: 'invalid_param', status: 400 });
    expect(weak.body.message).toContain('password');
    expect((await app.request('GET', '/console/api/setup')).body.step).toBe('not_started');

    const created = await app.request('POST', '/console/api/setup', {
      json: { email: 'Owner@Example.com', name: 'Olivia', password: 'Passw0rd1' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ result: 'success' });

    const after = await app.request('GET', '/console/api/setup');
    expect(after.body.step).toBe('finished');
    expect(typeof after.body.setup_at).toBe('string');

    const again = await app.request('POST', '/console/api/setup', {
      json: { email: 'x@example.com', name: 'X', password: 'Passw0rd1' },
    });
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ code: 'already_setup', status: 403 });

    const login = await app.request('POST', '/console/api/login', { json: { email: 'owner@example.com', password: 'Passw0rd1' } });
    expect(login.status).toBe(200);
    expect(login.body.result).toBe('success');
  });

  it('rejects malformed JSON, missing fields and wrong types with invalid_param naming the field', async () => {
    const malformed = await app.request('POST', '/console/api/setup', {
      body: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({
      code: 'invalid_param',
      message: 'Invalid JSON payload received or JSON payload is empty.',
      status: 400,
    });
    const missing = await app.request('POST', '/console/api/setup', { json: { name: 'x', password: 'Passw0rd1' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/^email/);
    expect(missing.body.params).toBe('email');
    const wrongType = await app.request('POST', '/console/api/setup', { json: { email: 'a@b.co', name: 5, password: 'Passw0rd1' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toMatch(/^name/);
  });

  it('answers unknown paths with a 404 envelope', async () => {
    const res = await app.request('GET', '/console/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found', status: 404 });
  });
});
