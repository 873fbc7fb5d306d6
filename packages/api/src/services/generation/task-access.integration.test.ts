import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamTasks } from '@tessera/db';
import { createTestApp, seedOwner, type TestApp } from '../../testing';
import { ownsTask, taskAccess } from './task-access';
import { type GenerationOwner } from './types';

describe('who may read or stop a task', () => {
  let app: TestApp;
  let peer: TestApp;
  let scope: { workspaceId: string; appId: string };
  const owner: GenerationOwner = { kind: 'end_user', endUserId: randomUUID() };
  const stranger: GenerationOwner = { kind: 'end_user', endUserId: randomUUID() };

  beforeAll(async () => {
    app = await createTestApp();
    peer = await app.peer();
    const seeded = await seedOwner(app);
    const appId = (await app.request('POST', '/console/api/apps', { headers: seeded.headers, json: { name: 'Tasks', mode: 'chat' } })).body.id;
    scope = { workspaceId: seeded.workspaceId, appId };
  });
  afterAll(async () => app?.close());

  const insertTask = (id: string) =>
    app.deps.db.insert(streamTasks).values({ id, workspaceId: scope.workspaceId, appId: scope.appId, kind: 'chat', owner: taskAccess(scope, owner).owner });

  it('answers for a task running here from memory, before its row exists', async () => {
    let fail!: (error: Error) => void;
    const task = app.deps.streams.start(randomUUID(), new Promise((_, reject) => (fail = reject)), taskAccess(scope, owner));
    expect(await ownsTask(app.deps, scope, owner, task.id)).toBe(true);
    expect(await ownsTask(app.deps, scope, stranger, task.id)).toBe(false);
    expect(await ownsTask(app.deps, { ...scope, appId: randomUUID() }, owner, task.id)).toBe(false);
    fail(new Error('not opened'));
    await task.finish('failed');
  });

  it('lets another instance wait for the row of a task whose first events came before its commit', async () => {
    const id = randomUUID();
    const asked = ownsTask(peer.deps, scope, owner, id);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await insertTask(id);
    expect(await asked).toBe(true);
    expect(await ownsTask(peer.deps, scope, stranger, id)).toBe(false);
  });

  it('calls a task unknown once its row has not come within the wait', async () => {
    const started = Date.now();
    expect(await ownsTask(peer.deps, scope, owner, randomUUID())).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
