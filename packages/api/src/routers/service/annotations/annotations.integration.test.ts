import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { seedMember, seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { createAnnotationAs, annotationRows, EMBEDDING_MODEL, EMBEDDING_PROVIDER, finishedJob } from '../../console/annotations/test-helpers';
import { createAppAs, createKeyAs } from '../../console/apps/test-helpers';
import { addCompatibleCredential, addCompatibleModel } from '../../console/model-providers/test-helpers';

describe('Service API annotations', () => {
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

  async function keyedApp(user = fx.owner) {
    const created = await createAppAs(fx.app, user);
    const key = await createKeyAs(fx.app, user, created.id);
    return { appId: created.id, token: key.token };
  }

  it('creates (201), lists, updates and deletes (204) annotations in the contract\'s shapes, authored by the owner', async () => {
    // An editor makes the app and its key; what the key writes is still the workspace owner's.
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    const { appId, token } = await keyedApp(editor);
    const created = await fx.app.request('POST', '/v1/apps/annotations', { token, json: { question: 'What is Tessera?', answer: 'A platform.' } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), question: 'What is Tessera?', answer: 'A platform.', hit_count: 0, created_at: expect.any(Number) });
    const second = await fx.app.request('POST', '/v1/apps/annotations', { token, json: { question: 'Refunds?', answer: 'Thirty days.' } });
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: created.body.id, accountId: fx.owner.accountId })]),
    );

    const page = await fx.app.request('GET', '/v1/apps/annotations', { token, query: { page: 1, limit: 1 } });
    expect(page.status).toBe(200);
    expect(page.body).toEqual({ data: [second.body], has_more: true, limit: 1, total: 2, page: 1 });
    const searched = await fx.app.request('GET', '/v1/apps/annotations', { token, query: { keyword: 'PLATFORM' } });
    expect(searched.body).toMatchObject({ data: [created.body], total: 1 });

    const updated = await fx.app.request('PUT', `/v1/apps/annotations/${created.body.id}`, { token, json: { question: 'What is it?', answer: 'Tessera.' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({ ...created.body, question: 'What is it?', answer: 'Tessera.' });

    const deleted = await fx.app.request('DELETE', `/v1/apps/annotations/${created.body.id}`, { token });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    for (const [method, json] of [['PUT', { question: 'Q', answer: 'A' }], ['DELETE', undefined]] as const) {
      const gone = await fx.app.request(method, `/v1/apps/annotations/${created.body.id}`, { token, json });
      expect(gone.status, method).toBe(404);
      expect(gone.body).toEqual({ code: 'not_found', message: 'Annotation not found', status: 404 });
    }
  });

  it('refuses incomplete bodies with invalid_param and calls without a key with 401', async () => {
    const { token } = await keyedApp();
    const noAnswer = await fx.app.request('POST', '/v1/apps/annotations', { token, json: { question: 'Q' } });
    expect(noAnswer.status).toBe(400);
    expect(noAnswer.body).toMatchObject({ code: 'invalid_param', message: expect.stringMatching(/^answer/) });
    const noQuestion = await fx.app.request('PUT', `/v1/apps/annotations/${randomUUID()}`, { token, json: { answer: 'A' } });
    expect(noQuestion.body).toMatchObject({ code: 'invalid_param', message: expect.stringMatching(/^question/) });
    const anonymous = await fx.app.request('GET', '/v1/apps/annotations');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="api"');
  });

  it('enables and disables annotation reply as jobs whose status the key can poll', async () => {
    const { appId, token } = await keyedApp();
    await fx.app.request('POST', '/v1/apps/annotations', { token, json: { question: 'Q?', answer: 'A.' } });
    const settings = { score_threshold: 0.85, embedding_provider_name: EMBEDDING_PROVIDER, embedding_model_name: EMBEDDING_MODEL };
    const enabled = await fx.app.request('POST', '/v1/apps/annotation-reply/enable', { token, json: settings });
    expect(enabled.status).toBe(200);
    expect(enabled.body).toEqual({ job_id: expect.any(String), job_status: 'waiting' });
    const done = await finishedJob(fx.app, `/v1/apps/annotation-reply/enable/status/${enabled.body.job_id}`, token);
    expect(done).toEqual({ job_id: enabled.body.job_id, job_status: 'completed', error_msg: '' });
    const setting = await fx.app.request('GET', `/console/api/apps/${appId}/annotation-setting`, { token: fx.owner.token });
    expect(setting.body).toMatchObject({ enabled: true, score_threshold: 0.85 });
    expect((await annotationRows(fx.app, fx.owner.workspaceId, appId))[0]!.embedding).not.toBeNull();

    const incomplete = await fx.app.request('POST', '/v1/apps/annotation-reply/disable', { token, json: {} });
    expect(incomplete.body).toMatchObject({ code: 'invalid_param', status: 400 });
    const disabled = await fx.app.request('POST', '/v1/apps/annotation-reply/disable', { token, json: settings });
    expect(await finishedJob(fx.app, `/v1/apps/annotation-reply/disable/status/${disabled.body.job_id}`, token)).toMatchObject({ job_status: 'completed' });
    expect((await fx.app.request('GET', `/console/api/apps/${appId}/annotation-setting`, { token: fx.owner.token })).body).toEqual({ enabled: false });

    const unknown = await fx.app.request('GET', `/v1/apps/annotation-reply/enable/status/${randomUUID()}`, { token });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ code: 'invalid_param', message: 'The job does not exist.', status: 400 });
    const wrongAction = await fx.app.request('GET', `/v1/apps/annotation-reply/disable/status/${enabled.body.job_id}`, { token });
    expect(wrongAction.body).toEqual(unknown.body);
    const badAction = await fx.app.request('POST', '/v1/apps/annotation-reply/pause', { token, json: settings });
    expect(badAction.body).toMatchObject({ code: 'invalid_param', message: expect.stringMatching(/^action/) });
  });

  it("keeps a key to its own app: another app's or workspace's annotations and jobs are not found", async () => {
    const mine = await keyedApp();
    const sibling = await keyedApp();
    const tenant = await seedWorkspace(fx.app, 'v1-tenant');
    const foreign = await keyedApp(tenant);
    const siblingAnnotation = await createAnnotationAs(fx.app, fx.owner, sibling.appId, { question: 'Sibling', answer: 'Sibling' });
    const foreignAnnotation = await createAnnotationAs(fx.app, tenant, foreign.appId, { question: 'Foreign', answer: 'Foreign' });
    const job = await fx.app.request('POST', '/v1/apps/annotation-reply/disable', {
      token: sibling.token,
      json: { score_threshold: 0.9, embedding_provider_name: EMBEDDING_PROVIDER, embedding_model_name: EMBEDDING_MODEL },
    });
    await finishedJob(fx.app, `/v1/apps/annotation-reply/disable/status/${job.body.job_id}`, sibling.token);

    for (const annotation of [siblingAnnotation, foreignAnnotation]) {
      const put = await fx.app.request('PUT', `/v1/apps/annotations/${annotation.id}`, { token: mine.token, json: { question: 'X', answer: 'X' } });
      expect(put.status).toBe(404);
      const del = await fx.app.request('DELETE', `/v1/apps/annotations/${annotation.id}`, { token: mine.token });
      expect(del.status).toBe(404);
    }
    expect((await fx.app.request('GET', '/v1/apps/annotations', { token: mine.token })).body).toMatchObject({ total: 0, data: [] });
    const peek = await fx.app.request('GET', `/v1/apps/annotation-reply/disable/status/${job.body.job_id}`, { token: foreign.token });
    expect(peek.body).toEqual({ code: 'invalid_param', message: 'The job does not exist.', status: 400 });
    expect(await annotationRows(fx.app, fx.owner.workspaceId, sibling.appId)).toEqual([expect.objectContaining({ question: 'Sibling', content: 'Sibling' })]);
    expect(await annotationRows(fx.app, tenant.workspaceId, foreign.appId)).toEqual([expect.objectContaining({ question: 'Foreign', content: 'Foreign' })]);
  });
});
