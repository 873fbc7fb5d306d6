import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seedMember } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedConversation } from '../../../testing/seed-conversation';
import { upload } from '../../files/testing';
import { createAppAs } from '../apps/test-helpers';
import { annotationRows, annotationsPath, createAnnotationAs, replyPath } from './test-helpers';

describe('console annotations', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });

  const list = (appId: string, query: Record<string, string | number> = {}, user = fx.owner) =>
    fx.app.request('GET', annotationsPath(appId), { token: user.token, query });

  it('adds annotations and lists them newest first, paged, in Dify\'s shapes', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const first = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q one', answer: 'A one' });
    expect(Object.keys(first).sort()).toEqual(['answer', 'created_at', 'hit_count', 'id', 'question']);
    expect(first).toMatchObject({ question: 'Q one', answer: 'A one', hit_count: 0 });
    expect(Number.isInteger(first.created_at)).toBe(true);
    const second = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q two', content: 'A two (sent as content)' });
    expect(second.answer).toBe('A two (sent as content)');
    const third = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q three', answer: 'A three' });

    const page1 = await list(appId, { page: 1, limit: 2 });
    expect(page1.status).toBe(200);
    expect(page1.body).toEqual({ data: [third, second], has_more: true, limit: 2, total: 3, page: 1 });
    const page2 = await list(appId, { page: 2, limit: 2 });
    expect(page2.body).toEqual({ data: [first], has_more: false, limit: 2, total: 3, page: 2 });
    expect((await list(appId)).body).toMatchObject({ limit: 20, page: 1, total: 3, has_more: false });

    const [row] = (await annotationRows(fx.app, fx.owner.workspaceId, appId)).filter((r) => r.id === first.id);
    expect(row).toMatchObject({ accountId: fx.owner.accountId, messageId: null, embedding: null });
  });

  it('matches the keyword in question or answer, ignoring case, and takes % and _ literally', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const byQuestion = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Refund POLICY?', answer: 'Thirty days.' });
    const byAnswer = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Returns?', answer: 'See the refund policy.' });
    const percent = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Sure?', answer: '100% sure' });
    await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Other', answer: 'nothing_here' });

    expect((await list(appId, { keyword: 'refund policy' })).body).toMatchObject({ total: 2, data: [byAnswer, byQuestion] });
    expect((await list(appId, { keyword: '%' })).body).toMatchObject({ total: 1, data: [percent] });
    expect((await list(appId, { keyword: 'n_t' })).body).toMatchObject({ total: 0, data: [] });
  });

  it('refuses incomplete annotations and bad paging with invalid_param', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const noAnswer = await fx.app.request('POST', annotationsPath(appId), { token: fx.owner.token, json: { question: 'Q' } });
    expect(noAnswer.status).toBe(400);
    expect(noAnswer.body).toEqual({ code: 'invalid_param', message: "Either 'answer' or 'content' must be provided", status: 400 });
    const noQuestion = await fx.app.request('POST', annotationsPath(appId), { token: fx.owner.token, json: { answer: 'A' } });
    expect(noQuestion.body).toEqual({ code: 'invalid_param', message: "'question' is required when 'message_id' is not provided", status: 400 });
    const created = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q', answer: 'A' });
    const noAnswerUpdate = await fx.app.request('POST', `${annotationsPath(appId)}/${created.id}`, { token: fx.owner.token, json: { question: 'Q' } });
    expect(noAnswerUpdate.status).toBe(400);
    expect(noAnswerUpdate.body).toMatchObject({ code: 'invalid_param', message: expect.stringMatching(/^answer/) });
    const badPage = await list(appId, { page: 0 });
    expect(badPage.status).toBe(400);
    expect(badPage.body).toMatchObject({ code: 'invalid_param', message: expect.stringMatching(/^page/) });
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toHaveLength(1);
  });

  it('updates and deletes an annotation, keeping its hit count, and answers 404 once it is gone', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const created = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Old Q', answer: 'Old A' });
    const updated = await fx.app.request('POST', `${annotationsPath(appId)}/${created.id}`, { token: fx.owner.token, json: { question: 'New Q', answer: 'New A' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({ ...created, question: 'New Q', answer: 'New A' });

    const deleted = await fx.app.request('DELETE', `${annotationsPath(appId)}/${created.id}`, { token: fx.owner.token });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toEqual([]);
    for (const [method, json] of [['POST', { question: 'Q', answer: 'A' }], ['DELETE', undefined]] as const) {
      const res = await fx.app.request(method, `${annotationsPath(appId)}/${created.id}`, { token: fx.owner.token, json });
      expect(res.status, method).toBe(404);
      expect(res.body).toEqual({ code: 'not_found', message: 'Annotation not found', status: 404 });
    }
  });

  it("annotates a message's answer: the question defaults to its query and a second annotation replaces the first", async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const { conversation, messages } = await seedConversation(fx.app, {
      workspaceId: fx.owner.workspaceId,
      appId,
      accountId: fx.owner.accountId,
      messages: [{ query: 'What is 2 + 2?', answer: '5' }],
    });
    const message = messages[0]!;
    const first = await createAnnotationAs(fx.app, fx.owner, appId, { message_id: message.id, answer: '4' });
    expect(first).toMatchObject({ question: 'What is 2 + 2?', answer: '4', hit_count: 0 });
    const again = await createAnnotationAs(fx.app, fx.owner, appId, { message_id: message.id, question: 'Two plus two?', content: 'Four' });
    expect(again).toMatchObject({ id: first.id, question: 'Two plus two?', answer: 'Four' });
    const rows = await annotationRows(fx.app, fx.owner.workspaceId, appId);
    expect(rows).toEqual([expect.objectContaining({ id: first.id, messageId: message.id, conversationId: conversation.id, accountId: fx.owner.accountId })]);

    const elsewhere = await createAppAs(fx.app, fx.owner);
    for (const messageId of [message.id, randomUUID()]) {
      const res = await fx.app.request('POST', annotationsPath(elsewhere.id), { token: fx.owner.token, json: { message_id: messageId, answer: '4' } });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'not_found', message: 'Message Not Exists.', status: 404 });
    }
    expect(await annotationRows(fx.app, fx.owner.workspaceId, elsewhere.id)).toEqual([]);
  });

  it('exports every annotation newest first, with text a spreadsheet would run made inert', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const plain = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Plain', answer: 'Text' });
    const formula = await createAnnotationAs(fx.app, fx.owner, appId, { question: '=HYPERLINK("http://x")', answer: '@SUM(A1)' });
    const res = await fx.app.request('GET', `${annotationsPath(appId)}/export`, { token: fx.owner.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [{ ...formula, question: '\'=HYPERLINK("http://x")', answer: "'@SUM(A1)" }, plain] });
    expect((await list(appId)).body.data[0]).toEqual(formula);
  });

  it('counts annotations for any member of the workspace', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q', answer: 'A' });
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const res = await fx.app.request('GET', `${annotationsPath(appId)}/count`, { token: normal.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ count: 1 });
  });

  it("deletes the named annotations of this app only, refuses blank ids, and with no id clears the app's annotations", async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const elsewhere = await createAppAs(fx.app, fx.owner);
    const [a1, a2, a3] = [
      await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q1', answer: 'A' }),
      await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q2', answer: 'A' }),
      await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q3', answer: 'A' }),
    ];
    const foreign = await createAnnotationAs(fx.app, fx.owner, elsewhere.id, { question: 'Q', answer: 'A' });
    const remaining = async (id: string) => (await annotationRows(fx.app, fx.owner.workspaceId, id)).map((r) => r.id).sort();

    const named = await fx.app.request('DELETE', `${annotationsPath(appId)}?annotation_id=${a1!.id}&annotation_id=${foreign.id}`, { token: fx.owner.token });
    expect(named.status).toBe(204);
    expect(await remaining(appId)).toEqual([a2!.id, a3!.id].sort());
    expect(await remaining(elsewhere.id)).toEqual([foreign.id]);

    for (const query of ['annotation_id=', 'annotation_id=%20', `annotation_id=${a2!.id}&annotation_id=`]) {
      const blank = await fx.app.request('DELETE', `${annotationsPath(appId)}?${query}`, { token: fx.owner.token });
      expect(blank.status, query).toBe(400);
      expect(blank.body).toEqual({ code: 'bad_request', message: 'annotation_ids are required if the parameter is provided.', status: 400 });
    }
    const malformed = await fx.app.request('DELETE', `${annotationsPath(appId)}?annotation_id=nope`, { token: fx.owner.token });
    expect(malformed.body).toMatchObject({ code: 'invalid_param', status: 400 });
    expect(await remaining(appId)).toHaveLength(2);

    const cleared = await fx.app.request('DELETE', annotationsPath(appId), { token: fx.owner.token });
    expect(cleared.status).toBe(204);
    expect(await remaining(appId)).toEqual([]);
    expect(await remaining(elsewhere.id)).toEqual([foreign.id]);
  });

  it("never reaches another app's annotation through this app's paths", async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const elsewhere = await createAppAs(fx.app, fx.owner);
    const foreign = await createAnnotationAs(fx.app, fx.owner, elsewhere.id, { question: 'Mine', answer: 'Mine' });
    const calls: [string, string, unknown][] = [
      ['POST', `${annotationsPath(appId)}/${foreign.id}`, { question: 'Stolen', answer: 'Stolen' }],
      ['DELETE', `${annotationsPath(appId)}/${foreign.id}`, undefined],
      ['GET', `${annotationsPath(appId)}/${foreign.id}/hit-histories`, undefined],
    ];
    for (const [method, path, json] of calls) {
      const res = await fx.app.request(method, path, { token: fx.owner.token, json });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toMatchObject({ code: 'not_found', message: 'Annotation not found' });
    }
    expect((await list(appId)).body.total).toBe(0);
    expect(await annotationRows(fx.app, fx.owner.workspaceId, elsewhere.id)).toEqual([expect.objectContaining({ question: 'Mine', content: 'Mine' })]);
  });

  it('lets editors, admins and the owner in, and refuses a normal member with 403 on every editing endpoint', async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const existing = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q', answer: 'A' });
    for (const role of ['editor', 'admin'] as const) {
      const member = await seedMember(fx.app, fx.owner.workspaceId, role);
      const created = await createAnnotationAs(fx.app, member, appId, { question: `by ${role}`, answer: 'A' });
      expect((await list(appId, {}, member)).body.data[0]).toEqual(created);
    }
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const calls: [string, string, unknown][] = [
      ['GET', annotationsPath(appId), undefined],
      ['POST', annotationsPath(appId), { question: 'Q', answer: 'A' }],
      ['DELETE', annotationsPath(appId), undefined],
      ['GET', `${annotationsPath(appId)}/export`, undefined],
      ['POST', `${annotationsPath(appId)}/${existing.id}`, { question: 'Q2', answer: 'A2' }],
      ['DELETE', `${annotationsPath(appId)}/${existing.id}`, undefined],
      ['GET', `${annotationsPath(appId)}/${existing.id}/hit-histories`, undefined],
      ['GET', `${annotationsPath(appId)}/batch-import-status/${randomUUID()}`, undefined],
      ['POST', replyPath(appId, 'enable'), { score_threshold: 0.9, embedding_provider_name: 'p', embedding_model_name: 'm' }],
      ['GET', `${replyPath(appId, 'enable')}/status/${randomUUID()}`, undefined],
      ['GET', `/console/api/apps/${appId}/annotation-setting`, undefined],
      ['POST', `/console/api/apps/${appId}/annotation-settings/${appId}`, { score_threshold: 0.5 }],
    ];
    for (const [method, path, json] of calls) {
      const res = await fx.app.request(method, path, { token: normal.token, json });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
    const imported = await upload(fx.app, { name: 'a.csv', data: 'question,answer\nq,a\n', token: normal.token, path: `${annotationsPath(appId)}/batch-import` });
    expect(imported.status).toBe(403);
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toHaveLength(3);
  });

  it("answers 404 to another workspace on every endpoint and changes nothing", async () => {
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const existing = await createAnnotationAs(fx.app, fx.owner, appId, { question: 'Q', answer: 'A' });
    const calls: [string, string, unknown][] = [
      ['GET', annotationsPath(appId), undefined],
      ['POST', annotationsPath(appId), { question: 'Q', answer: 'A' }],
      ['DELETE', annotationsPath(appId), undefined],
      ['DELETE', `${annotationsPath(appId)}?annotation_id=${existing.id}`, undefined],
      ['GET', `${annotationsPath(appId)}/export`, undefined],
      ['POST', `${annotationsPath(appId)}/${existing.id}`, { question: 'Q2', answer: 'A2' }],
      ['DELETE', `${annotationsPath(appId)}/${existing.id}`, undefined],
      ['GET', `${annotationsPath(appId)}/${existing.id}/hit-histories`, undefined],
      ['GET', `${annotationsPath(appId)}/batch-import-status/${randomUUID()}`, undefined],
      ['POST', replyPath(appId, 'enable'), { score_threshold: 0.9, embedding_provider_name: 'p', embedding_model_name: 'm' }],
      ['POST', replyPath(appId, 'disable'), { score_threshold: 0.9, embedding_provider_name: 'p', embedding_model_name: 'm' }],
      ['GET', `${replyPath(appId, 'enable')}/status/${randomUUID()}`, undefined],
      ['GET', `/console/api/apps/${appId}/annotation-setting`, undefined],
      ['POST', `/console/api/apps/${appId}/annotation-settings/${appId}`, { score_threshold: 0.5 }],
    ];
    for (const [method, path, json] of calls) {
      const res = await fx.app.request(method, path, { token: fx.other.token, json });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toEqual({ code: 'not_found', message: 'App not found', status: 404 });
    }
    const count = await fx.app.request('GET', `${annotationsPath(appId)}/count`, { token: fx.other.token });
    expect(count.status).toBe(404);
    expect(count.body.code).toBe('app_not_found');
    const imported = await upload(fx.app, { name: 'a.csv', data: 'question,answer\nq,a\n', token: fx.other.token, path: `${annotationsPath(appId)}/batch-import` });
    expect(imported.status).toBe(404);
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toEqual([expect.objectContaining({ id: existing.id, question: 'Q', content: 'A' })]);
  });
});
