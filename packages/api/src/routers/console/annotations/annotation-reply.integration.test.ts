import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationHitHistories, annotationReplyJobs } from '@tessera/db';
import { cosineSimilarity, deterministicEmbedding, startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { annotationReplyMetadata, matchAnnotationReply } from '../../../services/annotations';
import { seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedEndUser } from '../../../testing/seed-conversation';
import { createAppAs } from '../apps/test-helpers';
import { addCompatibleCredential, addCompatibleModel } from '../model-providers/test-helpers';
import { annotationRows, annotationsPath, createAnnotationAs, EMBEDDING_MODEL, EMBEDDING_PROVIDER, finishedJob, replyPath, switchReply } from './test-helpers';

const MODEL_KEY = `${EMBEDDING_PROVIDER}/${EMBEDDING_MODEL}`;
const similarity = (a: string, b: string) => cosineSimilarity(deterministicEmbedding(a), deterministicEmbedding(b));

describe('annotation reply', () => {
  const fx = useIntegrationFixture();
  let server: TestModelServer;
  beforeAll(async () => {
    server = await startTestModelServer();
    expect((await addCompatibleCredential(fx.app, fx.owner, server)).status).toBe(201);
    expect((await addCompatibleModel(fx.app, fx.owner, EMBEDDING_MODEL, 'text-embedding', { context_size: '8192' })).status).toBe(201);
  });
  afterAll(async () => {
    await server?.close();
  });

  const settingOf = async (appId: string) => (await fx.app.request('GET', `/console/api/apps/${appId}/annotation-setting`, { token: fx.owner.token })).body;
  const ref = (appId: string, workspaceId = fx.owner.workspaceId) => ({ appId, workspaceId });

  it('enables reply as a job that saves the settings and embeds every annotation with the named model', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    expect(await settingOf(appId)).toEqual({ enabled: false });
    await createAnnotationAs(fx.app, fx.owner, appId, { question: 'How do I reset my password?', answer: 'Use the reset link.' });
    await createAnnotationAs(fx.app, fx.owner, appId, { question: 'What are your opening hours?', answer: 'Nine to five.' });

    const started = await fx.app.request('POST', replyPath(appId, 'enable'), {
      token: fx.owner.token,
      json: { score_threshold: 0.8, embedding_provider_name: EMBEDDING_PROVIDER, embedding_model_name: EMBEDDING_MODEL },
    });
    expect(started.status).toBe(200);
    expect(started.body).toEqual({ job_id: expect.any(String), job_status: 'waiting' });
    const done = await finishedJob(fx.app, `${replyPath(appId, 'enable')}/status/${started.body.job_id}`, fx.owner.token);
    expect(done).toEqual({ job_id: started.body.job_id, job_status: 'completed', error_msg: '' });

    expect(await settingOf(appId)).toEqual({
      id: appId,
      enabled: true,
      score_threshold: 0.8,
      embedding_model: { embedding_provider_name: EMBEDDING_PROVIDER, embedding_model_name: EMBEDDING_MODEL },
    });
    for (const row of await annotationRows(fx.app, fx.owner.workspaceId, appId)) {
      expect(row.embeddingModel).toBe(MODEL_KEY);
      expect(cosineSimilarity(row.embedding!, deterministicEmbedding(row.question))).toBeCloseTo(1, 5);
    }
  });

  it('answers with the closest annotation above the threshold, counts the hit and keeps its history', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const reset = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'How do I reset my password?', answer: 'Use the reset link.' });
    await createAnnotationAs(fx.app, fx.owner, appId, { question: 'What are your opening hours?', answer: 'Nine to five.' });
    const query = 'password reset: how do I do it';
    const score = similarity(query, reset.question);
    expect(score).toBeGreaterThan(similarity(query, 'What are your opening hours?'));
    expect(await switchReply(fx.app, fx.owner, appId, 'enable', { score_threshold: score - 0.05 })).toMatchObject({ job_status: 'completed' });

    const endUser = await seedEndUser(fx.app, ref(appId), 'alice');
    const messageId = randomUUID();
    const match = await matchAnnotationReply(fx.app.deps, ref(appId), query, { endUserId: endUser.id, messageId });
    expect(match).toEqual({
      annotation: { id: reset.id, question: reset.question, answer: reset.answer, account: { id: fx.owner.accountId, name: 'Owner' } },
      score: expect.closeTo(score, 5),
    });
    expect(annotationReplyMetadata(match!)).toEqual({ id: reset.id, account: { id: fx.owner.accountId, name: 'Owner' } });
    const embedded = server.requests.findLast((r) => r.path === '/v1/embeddings');
    expect((embedded?.body as { input: string[] }).input).toEqual([query]);

    const asAccount = await matchAnnotationReply(fx.app.deps, ref(appId), 'How do I reset my password?', { accountId: fx.owner.accountId });
    expect(asAccount).toMatchObject({ annotation: { id: reset.id }, score: expect.closeTo(1, 5) });
    expect(await matchAnnotationReply(fx.app.deps, ref(appId), 'bananas are yellow fruit', { endUserId: endUser.id })).toBeNull();

    const listed = await fx.app.request('GET', annotationsPath(appId), { token: fx.owner.token, query: { keyword: 'password' } });
    expect(listed.body.data[0].hit_count).toBe(2);
    const histories = await fx.app.request('GET', `${annotationsPath(appId)}/${reset.id}/hit-histories`, { token: fx.owner.token, query: { limit: 1 } });
    expect(histories.status).toBe(200);
    expect(histories.body).toEqual({
      data: [
        {
          id: expect.any(String),
          source: 'console',
          score: expect.closeTo(1, 5),
          question: 'How do I reset my password?',
          created_at: expect.any(Number),
          match: reset.question,
          response: reset.answer,
        },
      ],
      has_more: true,
      limit: 1,
      total: 2,
      page: 1,
    });
    const older = await fx.app.request('GET', `${annotationsPath(appId)}/${reset.id}/hit-histories`, { token: fx.owner.token, query: { limit: 1, page: 2 } });
    expect(older.body.data).toEqual([expect.objectContaining({ source: 'api', question: query, score: expect.closeTo(score, 5) })]);
    const [stored] = await fx.app.deps.db.select().from(annotationHitHistories).where(eq(annotationHitHistories.id, older.body.data[0].id));
    expect(stored).toMatchObject({ appId, annotationId: reset.id, messageId, accountId: endUser.id });
  });

  it('falls back to the exact question when the model cannot embed, and when no model is configured at all', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const reset = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'How do I reset my password?', answer: 'Use the reset link.' });
    await switchReply(fx.app, fx.owner, appId, 'enable', { score_threshold: 0.5 });
    server.failNext({ status: 400, body: { error: { message: 'embedding refused' } }, pathIncludes: '/embeddings', times: 2 });
    const exact = await matchAnnotationReply(fx.app.deps, ref(appId), '  how DO i   reset my\tpassword? ', { accountId: fx.owner.accountId });
    expect(exact).toMatchObject({ annotation: { id: reset.id, answer: 'Use the reset link.' }, score: 1 });
    expect(await matchAnnotationReply(fx.app.deps, ref(appId), 'password reset: how do I do it', { accountId: fx.owner.accountId })).toBeNull();

    const tenant = await seedWorkspace(fx.app, 'no-models');
    const bare = await createAppAs(fx.app, tenant);
    const annotation = await createAnnotationAs(fx.app, tenant, bare.id, { question: 'Where is the office?', answer: 'Berlin.' });
    const job = await switchReply(fx.app, tenant, bare.id, 'enable', { embedding_provider_name: 'openai', embedding_model_name: 'text-embedding-3-small' });
    expect(job).toMatchObject({ job_status: 'error', error_msg: expect.stringContaining('credentials') });
    expect((await fx.app.request('GET', `/console/api/apps/${bare.id}/annotation-setting`, { token: tenant.token })).body).toMatchObject({ enabled: true });
    const match = await matchAnnotationReply(fx.app.deps, ref(bare.id, tenant.workspaceId), 'where is the OFFICE?', { accountId: tenant.accountId });
    expect(match).toMatchObject({ annotation: { id: annotation.id, answer: 'Berlin.' }, score: 1 });
    expect(await matchAnnotationReply(fx.app.deps, ref(bare.id, tenant.workspaceId), 'Where is the office now?', { accountId: tenant.accountId })).toBeNull();
  });

  it('embeds annotations as they are written while reply is on, again when the question changes, and for a new model', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    await switchReply(fx.app, fx.owner, appId, 'enable');
    const created = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'First question', answer: 'First answer' });
    const rowOf = async () => (await annotationRows(fx.app, fx.owner.workspaceId, appId)).find((r) => r.id === created.id)!;
    const initial = await rowOf();
    expect(initial.embeddingModel).toBe(MODEL_KEY);
    expect(cosineSimilarity(initial.embedding!, deterministicEmbedding('First question'))).toBeCloseTo(1, 5);

    const embeddingCalls = () => server.requests.filter((r) => r.path === '/v1/embeddings').length;
    const before = embeddingCalls();
    await fx.app.request('POST', `${annotationsPath(appId)}/${created.id}`, { token: fx.owner.token, json: { question: 'First question', answer: 'New answer' } });
    expect(embeddingCalls()).toBe(before);
    expect((await rowOf()).embedding).toEqual(initial.embedding);
    await fx.app.request('POST', `${annotationsPath(appId)}/${created.id}`, { token: fx.owner.token, json: { question: 'Renamed question', answer: 'New answer' } });
    expect(cosineSimilarity((await rowOf()).embedding!, deterministicEmbedding('Renamed question'))).toBeCloseTo(1, 5);

    server.failNext({ status: 400, body: { error: { message: 'down' } }, pathIncludes: '/embeddings' });
    await fx.app.request('POST', `${annotationsPath(appId)}/${created.id}`, { token: fx.owner.token, json: { question: 'Third name', answer: 'New answer' } });
    expect(await rowOf()).toMatchObject({ question: 'Third name', embedding: null, embeddingModel: null });
    expect(await matchAnnotationReply(fx.app.deps, ref(appId), 'Renamed question', { accountId: fx.owner.accountId })).toBeNull();
    expect(await matchAnnotationReply(fx.app.deps, ref(appId), 'third NAME', { accountId: fx.owner.accountId })).toMatchObject({ score: 1 });

    await switchReply(fx.app, fx.owner, appId, 'enable');
    expect(await rowOf()).toMatchObject({ embeddingModel: MODEL_KEY, embedding: expect.any(Array) });
    expect((await addCompatibleModel(fx.app, fx.owner, 'test-embed-2', 'text-embedding', { context_size: '8192' })).status).toBe(201);
    await switchReply(fx.app, fx.owner, appId, 'enable', { embedding_model_name: 'test-embed-2' });
    expect(await rowOf()).toMatchObject({ embeddingModel: `${EMBEDDING_PROVIDER}/test-embed-2`, embedding: expect.any(Array) });
  });

  it('disables reply as a job: settings read as off, vectors are dropped and nothing matches', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q?', answer: 'A.' });
    await switchReply(fx.app, fx.owner, appId, 'enable');
    expect(await switchReply(fx.app, fx.owner, appId, 'disable')).toMatchObject({ job_status: 'completed', error_msg: '' });
    expect(await settingOf(appId)).toEqual({ enabled: false });
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toEqual([expect.objectContaining({ embedding: null, embeddingModel: null })]);
    expect(await matchAnnotationReply(fx.app.deps, ref(appId), 'Q?', { accountId: fx.owner.accountId })).toBeNull();
    const update = await fx.app.request('POST', `/console/api/apps/${appId}/annotation-settings/${appId}`, { token: fx.owner.token, json: { score_threshold: 0.5 } });
    expect(update.status).toBe(404);
    expect(update.body).toEqual({ code: 'not_found', message: 'App annotation not found', status: 404 });
  });

  it('changes the score threshold through the setting id it reports', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    await switchReply(fx.app, fx.owner, appId, 'enable', { score_threshold: 0.9 });
    const { id: settingId } = await settingOf(appId);
    const res = await fx.app.request('POST', `/console/api/apps/${appId}/annotation-settings/${settingId}`, { token: fx.owner.token, json: { score_threshold: 0.75 } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...(await settingOf(appId)), score_threshold: 0.75 });
    const elsewhere = await createAppAs(fx.app, fx.owner);
    await switchReply(fx.app, fx.owner, elsewhere.id, 'enable');
    const crossed = await fx.app.request('POST', `/console/api/apps/${appId}/annotation-settings/${elsewhere.id}`, { token: fx.owner.token, json: { score_threshold: 0.1 } });
    expect(crossed.status).toBe(404);
    expect((await settingOf(elsewhere.id)).score_threshold).toBe(0.9);
    const missing = await fx.app.request('POST', `/console/api/apps/${appId}/annotation-settings/${settingId}`, { token: fx.owner.token, json: {} });
    expect(missing.body).toMatchObject({ code: 'invalid_param', message: expect.stringMatching(/^score_threshold/) });
  });

  it('answers a running job of the same action instead of starting another, until it has gone stale', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const now = fx.app.deps.now();
    const [running] = await fx.app.deps.db.insert(annotationReplyJobs).values({ appId, action: 'enable', status: 'processing', createdAt: now, updatedAt: now }).returning();
    const body = { score_threshold: 0.9, embedding_provider_name: EMBEDDING_PROVIDER, embedding_model_name: EMBEDDING_MODEL };
    const again = await fx.app.request('POST', replyPath(appId, 'enable'), { token: fx.owner.token, json: body });
    expect(again.body).toEqual({ job_id: running!.id, job_status: 'processing' });
    fx.app.advanceClock(3 * 60_000);
    const fresh = await fx.app.request('POST', replyPath(appId, 'enable'), { token: fx.owner.token, json: body });
    expect(fresh.body).toEqual({ job_id: expect.not.stringMatching(running!.id), job_status: 'waiting' });
    await finishedJob(fx.app, `${replyPath(appId, 'enable')}/status/${fresh.body.job_id}`, fx.owner.token);
  });

  it("forgets an app's jobs a day after they last reported, when the app starts another", async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const longAgo = new Date(fx.app.deps.now().getTime() - 25 * 3_600_000);
    const [old] = await fx.app.deps.db.insert(annotationReplyJobs).values({ appId, action: 'enable', status: 'completed', createdAt: longAgo, updatedAt: longAgo }).returning();
    const oldStatus = `${replyPath(appId, 'enable')}/status/${old!.id}`;
    expect((await fx.app.request('GET', oldStatus, { token: fx.owner.token })).body).toMatchObject({ job_status: 'completed' });
    const recent = await switchReply(fx.app, fx.owner, appId, 'disable');
    expect((await fx.app.request('GET', oldStatus, { token: fx.owner.token })).body).toEqual({ code: 'invalid_param', message: 'The job does not exist.', status: 400 });
    await switchReply(fx.app, fx.owner, appId, 'disable');
    expect((await fx.app.request('GET', `${replyPath(appId, 'disable')}/status/${recent.job_id}`, { token: fx.owner.token })).body).toMatchObject({ job_status: 'completed' });
  });

  it("refuses unknown actions, incomplete settings and jobs that are not this app's or this action's", async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const body = { score_threshold: 0.9, embedding_provider_name: EMBEDDING_PROVIDER, embedding_model_name: EMBEDDING_MODEL };
    const unknown = await fx.app.request('POST', replyPath(appId, 'restart'), { token: fx.owner.token, json: body });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'invalid_param', message: expect.stringMatching(/^action/) });
    const incomplete = await fx.app.request('POST', replyPath(appId, 'disable'), { token: fx.owner.token, json: { score_threshold: 0.9 } });
    expect(incomplete.body).toMatchObject({ code: 'invalid_param', message: expect.stringMatching(/^embedding_provider_name/) });

    const done = await switchReply(fx.app, fx.owner, appId, 'enable');
    const elsewhere = await createAppAs(fx.app, fx.owner);
    const notFound = { code: 'invalid_param', message: 'The job does not exist.', status: 400 };
    for (const path of [
      `${replyPath(appId, 'disable')}/status/${done.job_id}`,
      `${replyPath(elsewhere.id, 'enable')}/status/${done.job_id}`,
      `${replyPath(appId, 'enable')}/status/${randomUUID()}`,
      `${annotationsPath(appId)}/batch-import-status/${done.job_id}`,
    ]) {
      const res = await fx.app.request('GET', path, { token: fx.owner.token });
      expect(res.status, path).toBe(400);
      expect(res.body).toEqual(notFound);
    }
  });
});
