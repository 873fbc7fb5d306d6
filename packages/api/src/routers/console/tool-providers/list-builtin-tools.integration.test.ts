import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOwner, type SeededUser, type TestApp } from '../../../testing';

describe('GET /console/api/workspaces/current/tools/builtin', () => {
  let app: TestApp;
  let owner: SeededUser;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
  });
  afterAll(async () => app?.close());

  it('lists the built-in providers with their tools, parameters and a working icon URL', async () => {
    const answer = await app.request('GET', '/console/api/workspaces/current/tools/builtin', { token: owner.token });
    expect(answer.status).toBe(200);
    const time = answer.body.find((p: { name: string }) => p.name === 'time');
    expect(time).toMatchObject({ type: 'builtin', is_team_authorization: true, label: { en_US: expect.any(String) } });
    const currentTime = time.tools.find((t: { name: string }) => t.name === 'current_time');
    expect(currentTime.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['format', 'timezone']));
    expect(currentTime).not.toHaveProperty('llm_schema');
    const icon = await app.request('GET', new URL(time.icon).pathname);
    expect(icon.status).toBe(200);
  });

  it('is for signed-in console callers only', async () => {
    const answer = await app.request('GET', '/console/api/workspaces/current/tools/builtin');
    expect(answer.body).toMatchObject({ code: 'unauthorized', status: 401 });
  });
});
