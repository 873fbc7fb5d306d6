import { count, eq } from 'drizzle-orm';
import { apps } from '@tessera/db';
import { type SeededUser, type TestApp } from '../../../testing';

/** Creates an app over HTTP and returns its detail; fails the test on any other answer. */
export async function createAppAs(app: TestApp, user: SeededUser, body: Record<string, unknown> = {}) {
  const res = await app.request('POST', '/console/api/apps', { token: user.token, json: { name: 'App', mode: 'chat', ...body } });
  if (res.status !== 201) throw new Error(`create app failed: ${res.status} ${res.text}`);
  return res.body as { id: string; name: string; mode: string } & Record<string, unknown>;
}

export async function createKeyAs(app: TestApp, user: SeededUser, appId: string): Promise<{ id: string; token: string }> {
  const res = await app.request('POST', `/console/api/apps/${appId}/api-keys`, { token: user.token });
  if (res.status !== 201) throw new Error(`create key failed: ${res.status} ${res.text}`);
  return res.body;
}

export async function countApps(app: TestApp, workspaceId: string): Promise<number> {
  const [row] = await app.deps.db.select({ n: count() }).from(apps).where(eq(apps.workspaceId, workspaceId));
  return row?.n ?? 0;
}

export async function appRow(app: TestApp, appId: string) {
  const [row] = await app.deps.db.select().from(apps).where(eq(apps.id, appId));
  return row;
}
