import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apps, sites, tagBindings, tags, uploadFiles } from '@tessera/db';
import { seedMember, seedWorkspace, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { appRow, countApps, createAppAs } from './test-helpers';

const APP_DETAIL_KEYS = [
  'access_mode', 'created_at', 'created_by', 'description', 'enable_api', 'enable_site', 'icon', 'icon_background', 'id',
  'mode', 'model_config', 'name', 'tags', 'tracing', 'updated_at', 'updated_by', 'use_icon_as_answer_icon', 'workflow',
];
const WITH_SITE_KEYS = [...APP_DETAIL_KEYS, 'api_base_url', 'deleted_tools', 'icon_type', 'icon_url', 'max_active_requests', 'site'];
const PARTIAL_KEYS = [
  'access_mode', 'author_name', 'create_user_name', 'created_at', 'created_by', 'description', 'has_draft_trigger', 'icon',
  'icon_background', 'icon_type', 'icon_url', 'id', 'max_active_requests', 'mode', 'model_config', 'name', 'tags', 'updated_at',
  'updated_by', 'use_icon_as_answer_icon', 'workflow',
];
const SITE_KEYS = [
  'access_token', 'app_base_url', 'chat_color_theme', 'chat_color_theme_inverted', 'code', 'copyright', 'created_at', 'created_by',
  'custom_disclaimer', 'customize_domain', 'customize_token_strategy', 'default_language', 'description', 'icon', 'icon_background',
  'icon_type', 'icon_url', 'privacy_policy', 'prompt_public', 'show_workflow_steps', 'title', 'updated_at', 'updated_by',
  'use_icon_as_answer_icon',
];
const sorted = (o: object) => Object.keys(o).sort();

describe('console apps', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });

  describe('POST /apps', () => {
    it('creates a chat app with a default model config and a site, answering 201 AppDetail', async () => {
      const res = await fx.app.request('POST', '/console/api/apps', {
        token: fx.owner.token,
        json: { name: 'Support bot', mode: 'chat', description: 'Answers questions', icon: '🦊', icon_background: '#E4FBCC' },
      });
      expect(res.status).toBe(201);
      expect(sorted(res.body)).toEqual([...APP_DETAIL_KEYS].sort());
      expect(res.body).toMatchObject({
        name: 'Support bot',
        mode: 'chat',
        description: 'Answers questions',
        icon: '🦊',
        icon_background: '#E4FBCC',
        enable_site: true,
        enable_api: true,
        workflow: null,
        tracing: null,
        tags: [],
        created_by: fx.owner.accountId,
      });
      expect(res.body.model_config.model).toEqual({ provider: '', name: '', mode: 'chat', completion_params: {} });
      expect(res.body.model_config).toMatchObject({ pre_prompt: '', prompt_type: 'simple', retriever_resource: { enabled: true } });
      expect(Number.isInteger(res.body.created_at)).toBe(true);

      const row = await appRow(fx.app, res.body.id);
      expect(row).toMatchObject({ workspaceId: fx.owner.workspaceId, iconType: 'emoji', workflowDraft: null });
      const [site] = await fx.app.deps.db.select().from(sites).where(eq(sites.appId, res.body.id));
      expect(site?.code).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(site).toMatchObject({ title: 'Support bot', icon: '🦊', iconBackground: '#E4FBCC', workspaceId: fx.owner.workspaceId });
    });

    it('gives completion apps a query input, agent apps an agent config, workflow apps a draft and no model config', async () => {
      const completion = await createAppAs(fx.app, fx.owner, { mode: 'completion' });
      expect(completion.model_config).toMatchObject({
        pre_prompt: '{{query}}',
        user_input_form: [{ paragraph: { variable: 'query', required: true } }],
      });
      const agent = await createAppAs(fx.app, fx.owner, { mode: 'agent-chat' });
      expect(agent.mode).toBe('agent-chat');
      expect(agent.model_config).toMatchObject({ agent_mode: { enabled: true, strategy: 'function_call', tools: [] } });

      const workflow = await createAppAs(fx.app, fx.owner, { mode: 'workflow' });
      expect(workflow.model_config).toBeNull();
      const workflowDraft = (await appRow(fx.app, workflow.id))!.workflowDraft as { graph: { nodes: { data: { type: string } }[] } };
      expect(workflowDraft.graph.nodes.map((n) => n.data.type)).toEqual(['start']);

      const chatflow = await createAppAs(fx.app, fx.owner, { mode: 'advanced-chat' });
      const chatflowDraft = (await appRow(fx.app, chatflow.id))!.workflowDraft as {
        graph: { nodes: { id: string; data: { type: string } }[]; edges: { source: string; target: string }[] };
        features: Record<string, unknown>;
      };
      const [start, answer] = chatflowDraft.graph.nodes;
      expect([start?.data.type, answer?.data.type]).toEqual(['start', 'answer']);
      expect(chatflowDraft.graph.edges).toEqual([expect.objectContaining({ source: start!.id, target: answer!.id })]);
      expect(chatflowDraft.features).toMatchObject({ retriever_resource: { enabled: true } });
    });

    it('refuses bad input with invalid_param naming the field, and writes nothing', async () => {
      const before = await countApps(fx.app, fx.owner.workspaceId);
      const cases: [Record<string, unknown>, string][] = [
        [{ mode: 'chat' }, 'name'],
        [{ name: '', mode: 'chat' }, 'name'],
        [{ name: 'x', mode: 'channel' }, 'mode'],
        [{ name: 'x' }, 'mode'],
        [{ name: 'x', mode: 'chat', description: 'd'.repeat(401) }, 'description'],
        [{ name: 'x', mode: 'chat', icon_type: 'svg' }, 'icon_type'],
        [{ name: 'x', mode: 'chat', icon_type: 'image', icon: '00000000-0000-4000-8000-000000000000' }, 'icon'],
      ];
      for (const [json, field] of cases) {
        const res = await fx.app.request('POST', '/console/api/apps', { token: fx.owner.token, json });
        expect(res.status, JSON.stringify(json)).toBe(400);
        expect(res.body).toMatchObject({ code: 'invalid_param', status: 400 });
        expect(res.body.message).toMatch(new RegExp(`^${field}`));
      }
      expect(await countApps(fx.app, fx.owner.workspaceId)).toBe(before);
    });

    it('accepts an image icon only when it is an upload of the same workspace', async () => {
      const [mine] = await fx.app.deps.db
        .insert(uploadFiles)
        .values({ workspaceId: fx.owner.workspaceId, storageType: 'local', key: 'k', name: 'i.png', size: 1, extension: 'png', mimeType: 'image/png', createdBy: fx.owner.accountId, hash: 'h' })
        .returning();
      const [theirs] = await fx.app.deps.db
        .insert(uploadFiles)
        .values({ workspaceId: fx.other.workspaceId, storageType: 'local', key: 'k2', name: 'i.png', size: 1, extension: 'png', mimeType: 'image/png', createdBy: fx.other.accountId, hash: 'h' })
        .returning();
      const refused = await fx.app.request('POST', '/console/api/apps', { token: fx.owner.token, json: { name: 'Img', mode: 'chat', icon_type: 'image', icon: theirs!.id } });
      expect(refused.status).toBe(400);
      const created = await createAppAs(fx.app, fx.owner, { name: 'Img', icon_type: 'image', icon: mine!.id });
      const detail = await fx.app.request('GET', `/console/api/apps/${created.id}`, { token: fx.owner.token });
      expect(detail.body.icon_type).toBe('image');
      expect(detail.body.icon_url).toMatch(new RegExp(`/files/${mine!.id}/file-preview\\?timestamp=\\d+&nonce=[0-9a-f]{32}&sign=`));
      expect(detail.body.site.icon_url).toContain(`/files/${mine!.id}/file-preview`);
    });

    it('lets editors create apps but not normal members or dataset operators', async () => {
      const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
      const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
      const operator = await seedMember(fx.app, fx.owner.workspaceId, 'dataset_operator');
      expect((await fx.app.request('POST', '/console/api/apps', { token: editor.token, json: { name: 'E', mode: 'chat' } })).status).toBe(201);
      const before = await countApps(fx.app, fx.owner.workspaceId);
      for (const user of [normal, operator]) {
        const res = await fx.app.request('POST', '/console/api/apps', { token: user.token, json: { name: 'N', mode: 'chat' } });
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('forbidden');
      }
      expect(await countApps(fx.app, fx.owner.workspaceId)).toBe(before);
    });

    it('requires a signed-in user', async () => {
      const res = await fx.app.request('POST', '/console/api/apps', { json: { name: 'x', mode: 'chat' } });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthorized');
    });
  });

  describe('GET /apps/{app_id}', () => {
    it('answers AppDetailWithSite with the site fields, API and web base URLs', async () => {
      const created = await createAppAs(fx.app, fx.owner, { name: 'Detail' });
      const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
      const res = await fx.app.request('GET', `/console/api/apps/${created.id}`, { token: normal.token });
      expect(res.status).toBe(200);
      expect(sorted(res.body)).toEqual([...WITH_SITE_KEYS].sort());
      expect(sorted(res.body.site)).toEqual([...SITE_KEYS].sort());
      expect(res.body).toMatchObject({ id: created.id, icon_type: 'emoji', icon_url: null, api_base_url: 'http://localhost:3000/v1', max_active_requests: null, deleted_tools: [] });
      expect(res.body.site).toMatchObject({
        title: 'Detail',
        app_base_url: 'http://localhost:3000',
        default_language: 'en-US',
        customize_token_strategy: 'not_allow',
        prompt_public: false,
        show_workflow_steps: true,
      });
      expect(res.body.site.access_token).toBe(res.body.site.code);
    });

    it('answers 404 app_not_found for another workspace, an unknown id and a malformed id', async () => {
      const created = await createAppAs(fx.app, fx.owner);
      const cross = await fx.app.request('GET', `/console/api/apps/${created.id}`, { token: fx.other.token });
      expect(cross.status).toBe(404);
      expect(cross.body).toEqual({ code: 'app_not_found', message: 'App not found.', status: 404 });
      const unknown = await fx.app.request('GET', '/console/api/apps/00000000-0000-4000-8000-000000000000', { token: fx.owner.token });
      expect(unknown.status).toBe(404);
      const malformed = await fx.app.request('GET', '/console/api/apps/not-a-uuid', { token: fx.owner.token });
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toMatch(/^app_id/);
    });
  });

  describe('GET /apps', () => {
    let tenant: SeededUser;
    let ids: Record<string, string>;
    beforeAll(async () => {
      tenant = await seedWorkspace(fx.app, 'lister');
      const member = await seedMember(fx.app, tenant.workspaceId, 'editor');
      ids = {};
      const specs: [string, string, SeededUser][] = [
        ['Alpha chat', 'chat', tenant],
        ['Beta 100%_off', 'completion', tenant],
        ['gamma flow', 'workflow', member],
        ['ALPHA agent', 'agent-chat', tenant],
        ['Delta chatflow', 'advanced-chat', member],
      ];
      for (const [name, mode, user] of specs) ids[name] = (await createAppAs(fx.app, user, { name, mode })).id;
    });

    const list = (query: Record<string, string | number | boolean> = {}) =>
      fx.app.request('GET', '/console/api/apps', { token: tenant.token, query });

    it('pages the workspace apps newest first with the AppPartial shape', async () => {
      const all = await list();
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ page: 1, limit: 20, total: 5, has_more: false });
      expect(all.body.data.map((a: { name: string }) => a.name)).toEqual(['Delta chatflow', 'ALPHA agent', 'gamma flow', 'Beta 100%_off', 'Alpha chat']);
      expect(sorted(all.body.data[0])).toEqual([...PARTIAL_KEYS].sort());
      const chat = all.body.data.find((a: { name: string }) => a.name === 'Alpha chat');
      expect(chat).toMatchObject({ author_name: 'lister', create_user_name: 'lister', workflow: null, has_draft_trigger: false, tags: [] });
      expect(sorted(chat.model_config)).toEqual(['created_at', 'created_by', 'model', 'pre_prompt', 'updated_at', 'updated_by']);
      expect(all.body.data.find((a: { name: string }) => a.name === 'gamma flow').model_config).toBeNull();
      // An app without a description shows its prompt instead (Dify's `desc_or_prompt`).
      expect(all.body.data.find((a: { name: string }) => a.name === 'Beta 100%_off').description).toBe('{{query}}');

      const page2 = await list({ page: 2, limit: 2 });
      expect(page2.body).toMatchObject({ page: 2, limit: 2, total: 5, has_more: true });
      expect(page2.body.data.map((a: { name: string }) => a.name)).toEqual(['gamma flow', 'Beta 100%_off']);
      const page3 = await list({ page: 3, limit: 2 });
      expect(page3.body).toMatchObject({ has_more: false });
      expect(page3.body.data).toHaveLength(1);
      const beyond = await list({ page: 9, limit: 2 });
      expect(beyond.body).toMatchObject({ total: 5, has_more: false, data: [] });
    });

    it('filters by mode, by name (case-insensitive, literal, first 30 characters) and by creator', async () => {
      expect((await list({ mode: 'chat' })).body.data.map((a: { id: string }) => a.id)).toEqual([ids['Alpha chat']]);
      expect((await list({ mode: 'all' })).body.total).toBe(5);
      expect((await list({ mode: 'channel' })).body.total).toBe(0);
      expect((await list({ name: 'alpha' })).body.data.map((a: { name: string }) => a.name)).toEqual(['ALPHA agent', 'Alpha chat']);
      expect((await list({ name: '100%_' })).body.data.map((a: { name: string }) => a.name)).toEqual(['Beta 100%_off']);
      expect((await list({ name: '%' })).body.total).toBe(1);
      expect((await list({ name: `alpha${'z'.repeat(40)}` })).body.total).toBe(0);
      const long = await createAppAs(fx.app, tenant, { name: `Long ${'q'.repeat(35)}` });
      expect((await list({ name: `long ${'q'.repeat(25)}-not-in-the-name` })).body.data.map((a: { id: string }) => a.id)).toEqual([long.id]);
      await fx.app.request('DELETE', `/console/api/apps/${long.id}`, { token: tenant.token });
      const mine = await list({ is_created_by_me: true });
      expect(mine.body.data.map((a: { name: string }) => a.name).sort()).toEqual(['ALPHA agent', 'Alpha chat', 'Beta 100%_off']);
      expect((await list({ is_created_by_me: 'false' })).body.total).toBe(5);
    });

    it('filters by tag ids, and an unknown or foreign tag gives an empty page', async () => {
      const [tag] = await fx.app.deps.db.insert(tags).values({ workspaceId: tenant.workspaceId, type: 'app', name: 'prod' }).returning();
      const [tag2] = await fx.app.deps.db.insert(tags).values({ workspaceId: tenant.workspaceId, type: 'app', name: 'beta' }).returning();
      await fx.app.deps.db.insert(tagBindings).values([
        { workspaceId: tenant.workspaceId, tagId: tag!.id, targetId: ids['Alpha chat']! },
        { workspaceId: tenant.workspaceId, tagId: tag2!.id, targetId: ids['gamma flow']! },
      ]);
      const tagged = await list({ tag_ids: tag!.id });
      expect(tagged.body.data.map((a: { id: string }) => a.id)).toEqual([ids['Alpha chat']]);
      expect(tagged.body.data[0].tags).toEqual([{ id: tag!.id, name: 'prod', type: 'app' }]);
      const either = await list({ tag_ids: `${tag!.id}, ${tag2!.id}` });
      expect(either.body.total).toBe(2);
      const unknown = await list({ tag_ids: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.body).toEqual({ page: 1, limit: 20, total: 0, has_more: false, data: [] });
      const [foreign] = await fx.app.deps.db.insert(tags).values({ workspaceId: fx.other.workspaceId, type: 'app', name: 'x' }).returning();
      expect((await list({ tag_ids: foreign!.id })).body.total).toBe(0);
      const bad = await list({ tag_ids: 'nope' });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^tag_ids/);
    });

    it('rejects out-of-range paging and unknown modes', async () => {
      const queries: Record<string, string | number>[] = [{ page: 0 }, { page: 100000 }, { limit: 0 }, { limit: 101 }, { limit: 'x' }, { mode: 'nope' }];
      for (const query of queries) {
        const res = await list(query);
        expect(res.status, JSON.stringify(query)).toBe(400);
        expect(res.body.code).toBe('invalid_param');
        expect(res.body.message).toMatch(new RegExp(`^${Object.keys(query)[0]}`));
      }
    });

    it('never shows another workspace its apps', async () => {
      const res = await fx.app.request('GET', '/console/api/apps', { token: fx.other.token, query: { limit: 100 } });
      const theirIds = new Set(res.body.data.map((a: { id: string }) => a.id));
      for (const id of Object.values(ids)) expect(theirIds.has(id)).toBe(false);
    });
  });

  describe('PUT /apps/{app_id} and the single-field updates', () => {
    it('updates the given fields and keeps the rest', async () => {
      const created = await createAppAs(fx.app, fx.owner, { name: 'Before', description: 'keep me', icon: '🐱' });
      const res = await fx.app.request('PUT', `/console/api/apps/${created.id}`, {
        token: fx.owner.token,
        json: { name: 'After', use_icon_as_answer_icon: true, max_active_requests: 5 },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: 'After', description: 'keep me', icon: '🐱', use_icon_as_answer_icon: true, max_active_requests: 5 });
      expect(res.body.site).toBeTruthy();
      expect(await appRow(fx.app, created.id)).toMatchObject({ name: 'After', maxActiveRequests: 5, useIconAsAnswerIcon: true });
      const bad = await fx.app.request('PUT', `/console/api/apps/${created.id}`, { token: fx.owner.token, json: { name: 'x', description: 'd'.repeat(401) } });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^description/);
      const noName = await fx.app.request('PUT', `/console/api/apps/${created.id}`, { token: fx.owner.token, json: { description: 'x' } });
      expect(noName.status).toBe(400);
      expect(noName.body.message).toMatch(/^name/);
      expect((await appRow(fx.app, created.id))!.description).toBe('keep me');
    });

    it('renames, changes the icon and turns the site off, answering AppDetail', async () => {
      const created = await createAppAs(fx.app, fx.owner, { name: 'Old' });
      const renamed = await fx.app.request('POST', `/console/api/apps/${created.id}/name`, { token: fx.owner.token, json: { name: 'New' } });
      expect(renamed.status).toBe(200);
      expect(sorted(renamed.body)).toEqual([...APP_DETAIL_KEYS].sort());
      expect(renamed.body.name).toBe('New');
      const icon = await fx.app.request('POST', `/console/api/apps/${created.id}/icon`, { token: fx.owner.token, json: { icon: '🐼', icon_background: '#000000' } });
      expect(icon.body).toMatchObject({ icon: '🐼', icon_background: '#000000', name: 'New' });
      const site = await fx.app.request('POST', `/console/api/apps/${created.id}/site-enable`, { token: fx.owner.token, json: { enable_site: false } });
      expect(site.body.enable_site).toBe(false);
      expect(await appRow(fx.app, created.id)).toMatchObject({ name: 'New', icon: '🐼', enableSite: false });
      const asString = await fx.app.request('POST', `/console/api/apps/${created.id}/site-enable`, { token: fx.owner.token, json: { enable_site: 'true' } });
      expect(asString.body.enable_site).toBe(true);
      const stringFalse = await fx.app.request('POST', `/console/api/apps/${created.id}/site-enable`, { token: fx.owner.token, json: { enable_site: 'false' } });
      expect(stringFalse.body.enable_site).toBe(false);
      const junk = await fx.app.request('POST', `/console/api/apps/${created.id}/site-enable`, { token: fx.owner.token, json: { enable_site: 'no' } });
      expect(junk.status).toBe(400);
      const missing = await fx.app.request('POST', `/console/api/apps/${created.id}/site-enable`, { token: fx.owner.token, json: {} });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toMatch(/^enable_site/);
    });

    it('lets editors edit but only admins and the owner switch the API', async () => {
      const created = await createAppAs(fx.app, fx.owner);
      const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
      const admin = await seedMember(fx.app, fx.owner.workspaceId, 'admin');
      const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
      expect((await fx.app.request('POST', `/console/api/apps/${created.id}/name`, { token: editor.token, json: { name: 'by editor' } })).status).toBe(200);
      const editorApi = await fx.app.request('POST', `/console/api/apps/${created.id}/api-enable`, { token: editor.token, json: { enable_api: false } });
      expect(editorApi.status).toBe(403);
      expect((await appRow(fx.app, created.id))!.enableApi).toBe(true);
      const adminApi = await fx.app.request('POST', `/console/api/apps/${created.id}/api-enable`, { token: admin.token, json: { enable_api: false } });
      expect(adminApi.status).toBe(200);
      expect(adminApi.body.enable_api).toBe(false);
      const calls: [string, string, Record<string, unknown>][] = [
        ['PUT', '', { name: 'n' }],
        ['POST', '/name', { name: 'n' }],
        ['POST', '/icon', { icon: '🐙' }],
        ['POST', '/site-enable', { enable_site: false }],
        ['POST', '/api-enable', { enable_api: true }],
        ['POST', '/copy', {}],
        ['DELETE', '', {}],
      ];
      for (const [method, suffix, json] of calls) {
        const res = await fx.app.request(method, `/console/api/apps/${created.id}${suffix}`, { token: normal.token, json });
        expect(res.status, `${method} ${suffix}`).toBe(403);
      }
      expect(await appRow(fx.app, created.id)).toMatchObject({ name: 'by editor', enableSite: true, enableApi: false });
    });
  });

  it('shows a chat app whose agent mode is on as agent-chat', async () => {
    const created = await createAppAs(fx.app, fx.owner, { mode: 'chat' });
    const row = (await appRow(fx.app, created.id))!;
    const modelConfig = { ...row.modelConfig, agent_mode: { enabled: true, strategy: 'react', tools: [] } };
    await fx.app.deps.db.update(apps).set({ modelConfig }).where(eq(apps.id, created.id));
    const res = await fx.app.request('GET', `/console/api/apps/${created.id}`, { token: fx.owner.token });
    expect(res.body.mode).toBe('agent-chat');
    expect((await appRow(fx.app, created.id))!.mode).toBe('chat');
  });

  describe('cross-workspace', () => {
    it('answers 404 on every app endpoint for another workspace and changes nothing', async () => {
      const created = await createAppAs(fx.app, fx.owner, { name: 'Mine' });
      const before = await appRow(fx.app, created.id);
      const calls: [string, string, Record<string, unknown> | undefined][] = [
        ['GET', '', undefined],
        ['PUT', '', { name: 'stolen' }],
        ['POST', '/name', { name: 'stolen' }],
        ['POST', '/icon', { icon: '💀' }],
        ['POST', '/site-enable', { enable_site: false }],
        ['POST', '/api-enable', { enable_api: false }],
        ['POST', '/copy', { name: 'stolen' }],
        ['GET', '/export', undefined],
        ['DELETE', '', undefined],
      ];
      const otherCount = await countApps(fx.app, fx.other.workspaceId);
      for (const [method, suffix, json] of calls) {
        const res = await fx.app.request(method, `/console/api/apps/${created.id}${suffix}`, { token: fx.other.token, json });
        expect(res.status, `${method} ${suffix}`).toBe(404);
        expect(res.body.code).toBe('app_not_found');
      }
      expect(await appRow(fx.app, created.id)).toEqual(before);
      expect(await countApps(fx.app, fx.other.workspaceId)).toBe(otherCount);
    });
  });

  describe('DELETE /apps/{app_id}', () => {
    it('deletes the app, its site and its tag bindings at once', async () => {
      const created = await createAppAs(fx.app, fx.owner, { name: 'Doomed' });
      const [tag] = await fx.app.deps.db.insert(tags).values({ workspaceId: fx.owner.workspaceId, type: 'app', name: 'doomed-tag' }).returning();
      await fx.app.deps.db.insert(tagBindings).values({ workspaceId: fx.owner.workspaceId, tagId: tag!.id, targetId: created.id });
      const res = await fx.app.request('DELETE', `/console/api/apps/${created.id}`, { token: fx.owner.token });
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect(await appRow(fx.app, created.id)).toBeUndefined();
      expect(await fx.app.deps.db.select().from(sites).where(eq(sites.appId, created.id))).toEqual([]);
      expect(await fx.app.deps.db.select().from(tagBindings).where(eq(tagBindings.targetId, created.id))).toEqual([]);
      expect((await fx.app.request('GET', `/console/api/apps/${created.id}`, { token: fx.owner.token })).status).toBe(404);
      expect((await fx.app.request('DELETE', `/console/api/apps/${created.id}`, { token: fx.owner.token })).status).toBe(404);
      const [stillTagged] = await fx.app.deps.db.select().from(tags).where(and(eq(tags.id, tag!.id), eq(tags.workspaceId, fx.owner.workspaceId)));
      expect(stillTagged).toBeTruthy();
      expect(await fx.app.deps.db.select().from(apps).where(eq(apps.id, created.id))).toEqual([]);
    });
  });
});
