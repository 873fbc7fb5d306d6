import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq } from 'drizzle-orm';
import { messageAnnotations } from '@tessera/db';
import { type SeededUser, type TestApp } from '../../../testing';

export const annotationsPath = (appId: string) => `/console/api/apps/${appId}/annotations`;
export const replyPath = (appId: string, action: string) => `/console/api/apps/${appId}/annotation-reply/${action}`;

export const EMBEDDING_PROVIDER = 'openai_api_compatible';
export const EMBEDDING_MODEL = 'test-embed';

/** Adds an annotation over the console; fails the test on any other answer than 200. */
export async function createAnnotationAs(app: TestApp, user: SeededUser, appId: string, body: Record<string, unknown>) {
  const res = await app.request('POST', annotationsPath(appId), { token: user.token, json: body });
  if (res.status !== 200) throw new Error(`create annotation failed: ${res.status} ${res.text}`);
  return res.body as { id: string; question: string; answer: string; hit_count: number; created_at: number };
}

/**
 * Polls a job's status endpoint until it has finished and returns the last answer. A job runs in
 * the same process right after its request, so this usually takes a few polls; the bound only
 * keeps a broken job from hanging the suite.
 */
export async function finishedJob(app: TestApp, path: string, token: string) {
  for (let attempt = 0; attempt < 400; attempt++) {
    const res = await app.request('GET', path, { token });
    if (res.status !== 200) throw new Error(`job status failed: ${res.status} ${res.text}`);
    if (res.body.job_status === 'completed' || res.body.job_status === 'error') return res.body as { job_id: string; job_status: string; error_msg: string };
    await sleep(25);
  }
  throw new Error(`job at ${path} never finished`);
}

/** Turns annotation reply on or off over the console and waits for its job. */
export async function switchReply(
  app: TestApp,
  user: SeededUser,
  appId: string,
  action: 'enable' | 'disable',
  settings: { score_threshold?: number; embedding_provider_name?: string; embedding_model_name?: string } = {},
) {
  const started = await app.request('POST', replyPath(appId, action), {
    token: user.token,
    json: { score_threshold: 0.9, embedding_provider_name: EMBEDDING_PROVIDER, embedding_model_name: EMBEDDING_MODEL, ...settings },
  });
  if (started.status !== 200) throw new Error(`${action} failed: ${started.status} ${started.text}`);
  return finishedJob(app, `${replyPath(appId, action)}/status/${started.body.job_id}`, user.token);
}

/** The stored annotation rows of an app, for assertions on what was written. */
export function annotationRows(app: TestApp, workspaceId: string, appId: string) {
  return app.deps.db
    .select()
    .from(messageAnnotations)
    .where(and(eq(messageAnnotations.appId, appId), eq(messageAnnotations.workspaceId, workspaceId)));
}
