import { type TestApp } from './app';
import { type SeededUser } from './seed';

/** Creates a knowledge base over the console; fails the test on any answer but 201. */
export async function createDatasetAs(app: TestApp, user: SeededUser, body: Record<string, unknown> = {}) {
  const res = await app.request('POST', '/console/api/datasets', { token: user.token, json: { name: `kb-${Math.random().toString(36).slice(2, 10)}`, ...body } });
  if (res.status !== 201) throw new Error(`create dataset failed: ${res.status} ${res.text}`);
  return res.body as { id: string; name: string; permission: string };
}

/** A knowledge API key (`dataset-…`) of the user's workspace. */
export async function createDatasetKey(app: TestApp, user: SeededUser): Promise<string> {
  const res = await app.request('POST', '/console/api/datasets/api-keys', { token: user.token });
  if (res.status !== 200) throw new Error(`create dataset key failed: ${res.status} ${res.text}`);
  return res.body.token as string;
}
