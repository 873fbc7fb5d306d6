import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { sites } from '@tessera/db';
import { signPassport } from '../../../auth/passport';
import { seedMember, seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedConversation, seedEndUser } from '../../../testing/seed-conversation';
import { annotationRows } from '../../console/annotations/test-helpers';
import { createAppAs } from '../../console/apps/test-helpers';

describe('web app: annotate an answer', () => {
  const fx = useIntegrationFixture();
  let appId: string;
  beforeAll(async () => {
    appId = (await createAppAs(fx.app, fx.owner)).id;
  });

  /** A passport as the web app's sign-in would issue it: for a browser session, optionally of a signed-in account. */
  async function visitor(forApp: string, workspaceId: string, sessionId: string, accountId?: string) {
    const [site] = await fx.app.deps.db.select().from(sites).where(eq(sites.appId, forApp));
    const endUser = await seedEndUser(fx.app, { appId: forApp, workspaceId }, sessionId, 'browser');
    const passport = await signPassport(fx.app.deps, {
      iss: 'tessera',
      app_id: forApp,
      app_code: site!.code,
      end_user_id: endUser.id,
      ...(accountId ? { user_id: accountId } : {}),
    });
    return { endUser, headers: { 'X-App-Passport': passport } };
  }

  async function answerFor(endUserId: string, forApp = appId, workspaceId = fx.owner.workspaceId) {
    const { messages } = await seedConversation(fx.app, {
      workspaceId,
      appId: forApp,
      endUserId,
      invokeFrom: 'web-app',
      messages: [{ query: 'Opening hours?', answer: 'No idea.' }],
    });
    return messages[0]!;
  }

  const annotate = (messageId: string, headers: Record<string, string>, json: Record<string, unknown> = { answer: 'Nine to five.' }) =>
    fx.app.request('POST', `/api/messages/${messageId}/annotations`, { headers, json });

  it("lets a signed-in editor annotate an answer they received; the question defaults to the message's query", async () => {
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    const { endUser, headers } = await visitor(appId, fx.owner.workspaceId, 'editor-session', editor.accountId);
    const message = await answerFor(endUser.id);
    const res = await annotate(message.id, headers);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: expect.any(String), question: 'Opening hours?', answer: 'Nine to five.', hit_count: 0, created_at: expect.any(Number) });
    const again = await annotate(message.id, headers, { question: 'When are you open?', content: '9–5.' });
    expect(again.body).toMatchObject({ id: res.body.id, question: 'When are you open?', answer: '9–5.' });
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toEqual([
      expect.objectContaining({ id: res.body.id, messageId: message.id, accountId: editor.accountId }),
    ]);
  });

  it('refuses anonymous visitors and accounts that may not edit the app with 403', async () => {
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const outsider = await seedWorkspace(fx.app, 'outsider');
    for (const [label, accountId] of [['anonymous', undefined], ['normal', normal.accountId], ['outsider', outsider.accountId]] as const) {
      const { endUser, headers } = await visitor(appId, fx.owner.workspaceId, `session-${label}`, accountId);
      const res = await annotate((await answerFor(endUser.id)).id, headers);
      expect(res.status, label).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
    const none = await annotate((await answerFor((await seedEndUser(fx.app, { appId, workspaceId: fx.owner.workspaceId }, 'x', 'browser')).id)).id, {});
    expect(none.status).toBe(401);
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toHaveLength(1);
  });

  it("answers 404 for another visitor's answer and for an answer of another app or workspace", async () => {
    const { endUser, headers } = await visitor(appId, fx.owner.workspaceId, 'owner-session', fx.owner.accountId);
    const someoneElse = await seedEndUser(fx.app, { appId, workspaceId: fx.owner.workspaceId }, 'someone-else', 'browser');
    const sibling = await createAppAs(fx.app, fx.owner);
    const siblingVisitor = await seedEndUser(fx.app, { appId: sibling.id, workspaceId: fx.owner.workspaceId }, 'owner-session', 'browser');
    const tenant = await seedWorkspace(fx.app, 'web-tenant');
    const foreignApp = await createAppAs(fx.app, tenant);
    const foreignVisitor = await seedEndUser(fx.app, { appId: foreignApp.id, workspaceId: tenant.workspaceId }, 'owner-session', 'browser');
    const answers = [
      await answerFor(someoneElse.id),
      await answerFor(siblingVisitor.id, sibling.id),
      await answerFor(foreignVisitor.id, foreignApp.id, tenant.workspaceId),
    ];
    for (const message of answers) {
      const res = await annotate(message.id, headers);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'not_found', message: 'Message Not Exists.', status: 404 });
    }
    expect((await annotate((await answerFor(endUser.id)).id, headers)).status).toBe(200);
    expect(await annotationRows(fx.app, fx.owner.workspaceId, sibling.id)).toEqual([]);
    expect(await annotationRows(fx.app, tenant.workspaceId, foreignApp.id)).toEqual([]);
  });
});
