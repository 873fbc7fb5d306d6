import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { webAppAccessMembers, workspaceMembers } from '@tessera/db';
import { seedMember, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { appRow, createAppAs } from '../apps/test-helpers';

const MODE_PATH = '/console/api/enterprise/webapp/app/access-mode';
const SUBJECTS_PATH = '/console/api/enterprise/webapp/app/subjects';
const SEARCH_PATH = '/console/api/enterprise/webapp/app/subject/search';

const account = (user: SeededUser) => ({ subjectId: user.accountId, subjectType: 'account' });

describe('web-app access control at Dify enterprise paths', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });
  let editor: SeededUser;
  let normal: SeededUser;
  beforeAll(async () => {
    editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
  });

  const setMode = (user: SeededUser, json: Record<string, unknown>) => fx.app.request('POST', MODE_PATH, { token: user.token, json });
  const mode = async (user: SeededUser, appId: string) => (await fx.app.request('GET', MODE_PATH, { token: user.token, query: { appId } })).body;
  const members = async (user: SeededUser, appId: string) =>
    ((await fx.app.request('GET', SUBJECTS_PATH, { token: user.token, query: { appId } })).body.members as { id: string }[]).map((m) => m.id);

  it('starts public with nobody chosen, and switches to chosen members, all members or anyone', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    expect(await mode(normal, created.id)).toEqual({ accessMode: 'public' });
    expect((await fx.app.request('GET', SUBJECTS_PATH, { token: normal.token, query: { appId: created.id } })).body).toEqual({ groups: [], members: [] });

    const res = await setMode(editor, { appId: created.id, accessMode: 'private', subjects: [account(editor), account(normal)] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: true });
    expect(await mode(normal, created.id)).toEqual({ accessMode: 'private' });
    const listed = await fx.app.request('GET', SUBJECTS_PATH, { token: normal.token, query: { appId: created.id } });
    expect(listed.body).toEqual({
      groups: [],
      members: [
        { id: editor.accountId, name: 'editor', email: editor.email, avatar: '', avatarUrl: '' },
        { id: normal.accountId, name: 'normal', email: normal.email, avatar: '', avatarUrl: '' },
      ],
    });
    expect((await appRow(fx.app, created.id))!.accessMode).toBe('private');
    expect((await fx.app.request('GET', `/console/api/apps/${created.id}`, { token: fx.owner.token })).body.access_mode).toBe('private');

    expect((await setMode(editor, { appId: created.id, accessMode: 'private', subjects: [account(normal)] })).status).toBe(200);
    expect(await members(fx.owner, created.id)).toEqual([normal.accountId]);
    // Without subjects the chosen members stay as they are.
    expect((await setMode(editor, { appId: created.id, accessMode: 'private_all' })).status).toBe(200);
    expect(await mode(fx.owner, created.id)).toEqual({ accessMode: 'private_all' });
    expect(await members(fx.owner, created.id)).toEqual([normal.accountId]);
    expect((await setMode(fx.owner, { appId: created.id, accessMode: 'public', subjects: [] })).status).toBe(200);
    expect(await mode(fx.owner, created.id)).toEqual({ accessMode: 'public' });
    expect(await members(fx.owner, created.id)).toEqual([]);
  });

  it('chooses only members of the workspace, and stops listing one who leaves', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const leaving = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    expect((await setMode(fx.owner, { appId: created.id, accessMode: 'private', subjects: [account(normal), account(leaving)] })).status).toBe(200);
    const cases: [Record<string, unknown>, string][] = [
      [{ appId: created.id, accessMode: 'private', subjects: [account(fx.other)] }, `subjects: ${fx.other.accountId} is not a member of this workspace`],
      [{ appId: created.id, accessMode: 'private', subjects: [{ subjectId: normal.accountId, subjectType: 'group' }] }, 'groups are not supported'],
      [{ appId: created.id, accessMode: 'sso_verified' }, 'accessMode'],
      [{ appId: created.id, accessMode: 'private', subjects: [{ subjectId: 'nobody', subjectType: 'account' }] }, 'subjectId'],
      [{ accessMode: 'public' }, 'appId'],
    ];
    for (const [json, message] of cases) {
      const res = await setMode(fx.owner, json);
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.body.code).toBe('invalid_param');
      expect(res.body.message).toContain(message);
    }
    expect(await mode(fx.owner, created.id)).toEqual({ accessMode: 'private' });
    expect((await members(fx.owner, created.id)).sort()).toEqual([normal.accountId, leaving.accountId].sort());

    await fx.app.deps.db
      .delete(workspaceMembers)
      .where(and(eq(workspaceMembers.accountId, leaving.accountId), eq(workspaceMembers.workspaceId, fx.owner.workspaceId)));
    expect(await members(fx.owner, created.id)).toEqual([normal.accountId]);
    const missing = await fx.app.request('GET', MODE_PATH, { token: fx.owner.token });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('invalid_param');
  });

  it('lets every member look and only editors and up choose', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const refused = await setMode(normal, { appId: created.id, accessMode: 'private_all' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect(await mode(normal, created.id)).toEqual({ accessMode: 'public' });
    expect((await fx.app.request('GET', MODE_PATH, { query: { appId: created.id } })).status).toBe(401);
  });

  it("never reads or changes another workspace's web app, nor lets them choose this workspace's members", async () => {
    const created = await createAppAs(fx.app, fx.owner);
    expect((await setMode(fx.owner, { appId: created.id, accessMode: 'private', subjects: [account(normal)] })).status).toBe(200);
    for (const res of [
      await fx.app.request('GET', MODE_PATH, { token: fx.other.token, query: { appId: created.id } }),
      await fx.app.request('GET', SUBJECTS_PATH, { token: fx.other.token, query: { appId: created.id } }),
      await setMode(fx.other, { appId: created.id, accessMode: 'public', subjects: [] }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('app_not_found');
    }
    expect(await mode(fx.owner, created.id)).toEqual({ accessMode: 'private' });
    expect(await members(fx.owner, created.id)).toEqual([normal.accountId]);

    const theirs = await createAppAs(fx.app, fx.other);
    const res = await setMode(fx.other, { appId: theirs.id, accessMode: 'private', subjects: [account(normal)] });
    expect(res.status).toBe(400);
    const rows = await fx.app.deps.db.select().from(webAppAccessMembers).where(eq(webAppAccessMembers.appId, theirs.id));
    expect(rows).toEqual([]);
  });

  it("searches the workspace's members by name or email, a page at a time", async () => {
    const search = (user: SeededUser, query: Record<string, string | number>) => fx.app.request('GET', SEARCH_PATH, { token: user.token, query });
    const all = await search(fx.owner, { resultsPerPage: 2 });
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ currPage: 1, hasMore: true });
    expect(all.body.subjects).toHaveLength(2);
    expect(all.body.subjects[0]).toEqual({
      subjectId: expect.any(String),
      subjectType: 'account',
      accountData: { id: expect.any(String), name: expect.any(String), email: expect.any(String), avatar: '', avatarUrl: '' },
    });
    const byEmail = await search(fx.owner, { keyword: editor.email.slice(0, 12).toUpperCase() });
    expect(byEmail.body.subjects.map((s: { subjectId: string }) => s.subjectId)).toEqual([editor.accountId]);
    expect((await search(fx.owner, { keyword: 'editor' })).body.subjects.map((s: { subjectId: string }) => s.subjectId)).toContain(editor.accountId);
    expect((await search(fx.owner, { keyword: '%' })).body.subjects).toEqual([]);
    expect((await search(fx.owner, { groupId: 'any' })).body).toEqual({ currPage: 1, totalPages: 0, hasMore: false, subjects: [] });
    const theirs = await search(fx.other, { keyword: editor.email });
    expect(theirs.body.subjects).toEqual([]);
  });
});
