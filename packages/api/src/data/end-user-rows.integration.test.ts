import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endUsers } from '@tessera/db';
import { serviceApiEndUser } from '../services/end-users/end-users';
import { createTestApp, seedOwner, type TestApp } from '../testing';
import { upsertEndUserRow } from './end-user-rows';

describe('upserting end users in batches', () => {
  let app: TestApp;
  let workspaceId: string;
  let appId: string;

  beforeAll(async () => {
    app = await createTestApp();
    const owner = await seedOwner(app);
    workspaceId = owner.workspaceId;
    appId = (await app.request('POST', '/console/api/apps', { headers: owner.headers, json: { name: 'End users', mode: 'chat' } })).body.id;
  });
  afterAll(async () => app?.close());

  const row = (sessionId: string, options: { app?: string; type?: 'service-api' | 'browser' } = {}) => ({
    workspaceId,
    appId: options.app ?? appId,
    type: options.type ?? ('service-api' as const),
    sessionId,
    externalUserId: sessionId,
  });

  function countEndUserInserts() {
    let inserts = 0;
    const stop = app.database.onWrite((table, statement) => {
      if (table === 'end_users' && statement === 'insert') inserts += 1;
    });
    return { count: () => inserts, stop };
  }

  it('creates the end users of first requests arriving together with one INSERT, each caller getting its own row', async () => {
    const sessions = Array.from({ length: 50 }, () => `user-${randomUUID()}`);
    const counter = countEndUserInserts();
    const answered = await Promise.all(sessions.map((sessionId) => upsertEndUserRow(app.deps.db, row(sessionId))));
    counter.stop();
    expect(counter.count()).toBe(1);
    expect(answered.map((user) => user.sessionId)).toEqual(sessions);
    const stored = await app.deps.db.select().from(endUsers).where(inArray(endUsers.sessionId, sessions));
    expect(stored).toHaveLength(50);
    expect(new Set(answered.map((user) => user.id))).toEqual(new Set(stored.map((user) => user.id)));
  });

  it('makes one row for parallel first requests of the same new user, in one batch or through the service', async () => {
    const sessionId = `same-${randomUUID()}`;
    const batched = await Promise.all(Array.from({ length: 5 }, () => upsertEndUserRow(app.deps.db, row(sessionId))));
    expect(new Set(batched.map((user) => user.id)).size).toBe(1);

    const viaService = `service-${randomUUID()}`;
    const served = await Promise.all(Array.from({ length: 5 }, () => serviceApiEndUser(app.deps, { workspaceId, appId }, viaService)));
    expect(new Set(served.map((user) => user.id)).size).toBe(1);

    const stored = await app.deps.db
      .select({ id: endUsers.id })
      .from(endUsers)
      .where(and(eq(endUsers.appId, appId), inArray(endUsers.sessionId, [sessionId, viaService])));
    expect(stored).toHaveLength(2);
  });

  it('re-types an existing end user and answers the row as stored', async () => {
    const sessionId = `retype-${randomUUID()}`;
    const first = await upsertEndUserRow(app.deps.db, row(sessionId, { type: 'browser' }));
    const retyped = await upsertEndUserRow(app.deps.db, row(sessionId));
    expect(retyped.id).toBe(first.id);
    expect(retyped.type).toBe('service-api');
  });

  it('fails only the item that cannot be written when a batch fails', async () => {
    const good = [`ok-${randomUUID()}`, `ok-${randomUUID()}`];
    const results = await Promise.allSettled([
      upsertEndUserRow(app.deps.db, row(good[0]!)),
      upsertEndUserRow(app.deps.db, row(`orphan-${randomUUID()}`, { app: randomUUID() })),
      upsertEndUserRow(app.deps.db, row(good[1]!)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const stored = await app.deps.db.select({ sessionId: endUsers.sessionId }).from(endUsers).where(inArray(endUsers.sessionId, good));
    expect(stored).toHaveLength(2);
  });
});
