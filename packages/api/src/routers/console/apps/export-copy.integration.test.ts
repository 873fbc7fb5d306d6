import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { apiTokens, apps, sites } from '@tessera/db';
import { type Actor } from '../../../callers';
import { encryptDatasetId } from '../../../services/dsl/dataset-ids';
import { DslError, importDsl, parseDsl } from '../../../services/dsl/import-dsl';
import { seedMember, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { appRow, countApps, createAppAs, createKeyAs } from './test-helpers';

const DATASET = '6b1b2b7e-8d35-4f43-9d0c-6c1b5a3f4e21';

describe('app DSL export and copy', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });

  const exportYaml = async (appId: string, query: Record<string, string> = {}) => {
    const res = await fx.app.request('GET', `/console/api/apps/${appId}/export`, { token: fx.owner.token, query });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['data']);
    return { text: res.body.data as string, doc: parse(res.body.data) };
  };

  it('exports a chat app as DSL 0.5.0 whose model_config round-trips', async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Translator', description: 'Translates', icon: '🌍', icon_background: '#FFF4ED' });
    const modelConfig = {
      ...(await appRow(fx.app, created.id))!.modelConfig,
      pre_prompt: 'Translate {{text}} into {{lang}}',
      model: { provider: 'langgenius/openai/openai', name: 'gpt-4o', mode: 'chat', completion_params: { temperature: 0.2 } },
      user_input_form: [{ 'text-input': { label: 'Text', variable: 'text', required: true, max_length: 48, default: '' } }],
      opening_statement: 'Hello',
      not_a_dify_key: 'dropped',
    };
    await fx.app.deps.db.update(apps).set({ modelConfig }).where(eq(apps.id, created.id));

    const { text, doc } = await exportYaml(created.id, { include_secret: 'false' });
    expect(text).toMatch(/^version: 0\.5\.0$/m);
    expect(doc).toMatchObject({
      version: '0.5.0',
      kind: 'app',
      app: { name: 'Translator', mode: 'chat', icon: '🌍', icon_background: '#FFF4ED', description: 'Translates', use_icon_as_answer_icon: false },
      dependencies: [],
    });
    expect(doc.workflow).toBeUndefined();
    expect(Object.keys(doc.app).sort()).toEqual(['description', 'icon', 'icon_background', 'mode', 'name', 'use_icon_as_answer_icon']);
    expect(doc.model_config).toMatchObject({
      pre_prompt: 'Translate {{text}} into {{lang}}',
      model: { name: 'gpt-4o', completion_params: { temperature: 0.2 } },
      opening_statement: 'Hello',
      agent_mode: { enabled: false, tools: [] },
    });
    expect(doc.model_config.not_a_dify_key).toBeUndefined();

    const copy = await fx.app.request('POST', `/console/api/apps/${created.id}/copy`, { token: fx.owner.token, json: { name: 'Translator (copy)' } });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Translator (copy)', mode: 'chat', description: 'Translates', icon: '🌍', enable_api: true, enable_site: true });
    expect(copy.body.id).not.toBe(created.id);
    const roundTrip = await exportYaml(copy.body.id);
    expect(roundTrip.doc.model_config).toEqual(doc.model_config);
    expect(roundTrip.doc.app.mode).toBe('chat');
  });

  it('copies into a new app with its own site and no keys, taking overrides', async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Original', mode: 'completion' });
    await createKeyAs(fx.app, fx.owner, created.id);
    const before = await countApps(fx.app, fx.owner.workspaceId);
    const res = await fx.app.request('POST', `/console/api/apps/${created.id}/copy`, {
      token: fx.owner.token,
      json: { name: 'Copied', description: 'new text', icon_type: 'emoji', icon: '🧪', icon_background: '#000000' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Copied', description: 'new text', icon: '🧪', icon_background: '#000000', mode: 'completion' });
    expect(res.body.model_config).toMatchObject({ pre_prompt: '{{query}}' });
    expect(res.body.site.title).toBe('Copied');
    const [originalSite] = await fx.app.deps.db.select().from(sites).where(eq(sites.appId, created.id));
    expect(res.body.site.code).not.toBe(originalSite!.code);
    expect(await fx.app.deps.db.select().from(apiTokens).where(eq(apiTokens.appId, res.body.id))).toEqual([]);
    expect(await countApps(fx.app, fx.owner.workspaceId)).toBe(before + 1);
    const bad = await fx.app.request('POST', `/console/api/apps/${created.id}/copy`, { token: fx.owner.token, json: { description: 'x'.repeat(401) } });
    expect(bad.status).toBe(400);
    expect(await countApps(fx.app, fx.owner.workspaceId)).toBe(before + 1);
  });

  it('exports a workflow app with its draft, masking secrets and encrypting dataset ids, and copies it', async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Flow', mode: 'workflow' });
    const draft = (await appRow(fx.app, created.id))!.workflowDraft as { graph: { nodes: unknown[] } } & Record<string, unknown>;
    draft.graph.nodes.push(
      { id: 'kr', type: 'custom', data: { type: 'knowledge-retrieval', title: 'KR', dataset_ids: [DATASET] } },
      { id: 'tool', type: 'custom', data: { type: 'tool', title: 'T', provider_id: 'p', credential_id: 'cred-1' } },
      { id: 'hook', type: 'custom', data: { type: 'trigger-webhook', title: 'W', webhook_url: 'https://x/hook', webhook_debug_url: 'https://x/debug' } },
    );
    draft.environment_variables = [
      { id: 'e1', name: 'API_TOKEN', value_type: 'secret', value: 's3cr3t', description: '', selector: ['env', 'API_TOKEN'] },
      { id: 'e2', name: 'REGION', value_type: 'string', value: 'eu', description: '', selector: ['env', 'REGION'] },
    ];
    await fx.app.deps.db.update(apps).set({ workflowDraft: draft }).where(eq(apps.id, created.id));

    const { doc, text } = await exportYaml(created.id);
    expect(text).not.toContain('s3cr3t');
    expect(text).not.toContain('cred-1');
    expect(doc.model_config).toBeUndefined();
    expect(Object.keys(doc.workflow).sort()).toEqual(['conversation_variables', 'environment_variables', 'features', 'graph', 'rag_pipeline_variables']);
    expect(doc.workflow.environment_variables).toEqual([
      expect.objectContaining({ name: 'API_TOKEN', value: '' }),
      expect.objectContaining({ name: 'REGION', value: 'eu' }),
    ]);
    const nodes = Object.fromEntries(doc.workflow.graph.nodes.map((n: { id: string; data: Record<string, unknown> }) => [n.id, n.data]));
    expect(nodes.kr.dataset_ids).toEqual([encryptDatasetId(DATASET, fx.owner.workspaceId)]);
    expect(nodes.tool.credential_id).toBeUndefined();
    expect(nodes.hook).toMatchObject({ webhook_url: '', webhook_debug_url: '' });

    const withSecret = await exportYaml(created.id, { include_secret: 'true' });
    expect(withSecret.doc.workflow.environment_variables[0].value).toBe('s3cr3t');
    expect(withSecret.text).toContain('cred-1');

    const copy = await fx.app.request('POST', `/console/api/apps/${created.id}/copy`, { token: fx.owner.token, json: {} });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Flow', mode: 'workflow', model_config: null });
    const copied = (await appRow(fx.app, copy.body.id))!.workflowDraft as { graph: { nodes: { id: string; data: Record<string, unknown> }[] }; environment_variables: { value: unknown }[] };
    const copiedNodes = Object.fromEntries(copied.graph.nodes.map((n) => [n.id, n.data]));
    expect(copiedNodes.kr!.dataset_ids).toEqual([DATASET]);
    expect(copiedNodes.tool!.credential_id).toBe('cred-1');
    expect(copied.environment_variables[0]!.value).toBe('s3cr3t');
    const listed = await fx.app.request('GET', '/console/api/apps', { token: fx.owner.token, query: { mode: 'workflow' } });
    expect(listed.body.data.find((a: { id: string }) => a.id === copy.body.id).has_draft_trigger).toBe(true);
  });

  it('exports image icons as the default emoji', async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Pic' });
    await fx.app.deps.db.update(apps).set({ iconType: 'image', icon: '00000000-0000-4000-8000-000000000001' }).where(eq(apps.id, created.id));
    const { doc } = await exportYaml(created.id);
    expect(doc.app).toMatchObject({ icon: '🤖', icon_background: '#FFEAD5' });
  });

  it('limits export and copy to editors, and to the app workspace', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    expect((await fx.app.request('GET', `/console/api/apps/${created.id}/export`, { token: normal.token })).status).toBe(403);
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    expect((await fx.app.request('GET', `/console/api/apps/${created.id}/export`, { token: editor.token })).status).toBe(200);
    const before = await countApps(fx.app, fx.other.workspaceId);
    expect((await fx.app.request('POST', `/console/api/apps/${created.id}/copy`, { token: fx.other.token, json: {} })).status).toBe(404);
    expect((await fx.app.request('GET', `/console/api/apps/${created.id}/export`, { token: fx.other.token })).status).toBe(404);
    expect(await countApps(fx.app, fx.other.workspaceId)).toBe(before);
  });

  describe('importDsl (shared with the import endpoint)', () => {
    const actorOf = (user: SeededUser): Actor => ({ accountId: user.accountId, email: user.email, name: 'Owner', workspaceId: user.workspaceId, role: 'owner' });
    const run = (content: string, overrides = {}) =>
      fx.app.deps.db.transaction((tx) => importDsl(tx, actorOf(fx.owner), parseDsl(content), overrides));
    const message = async (content: string) => {
      try {
        await run(content);
      } catch (error) {
        expect(error).toBeInstanceOf(DslError);
        return (error as Error).message;
      }
      throw new Error('expected the import to fail');
    };

    it('creates an app with a site from a Dify DSL, dropping dataset ids encrypted for another workspace', async () => {
      const foreign = encryptDatasetId(DATASET, fx.other.workspaceId);
      const mine = encryptDatasetId('11111111-2222-4333-8444-555555555555', fx.owner.workspaceId);
      const imported = await run(
        [
          'version: 0.3.0',
          'kind: app',
          'app: {name: Imported, mode: advanced-chat, icon: "🚀", icon_type: image}',
          'workflow:',
          '  graph:',
          '    nodes:',
          `      - {id: kr, data: {type: knowledge-retrieval, dataset_ids: ["${foreign}", "${mine}", "${DATASET}"]}}`,
          '  conversation_variables:',
          '    - {name: topic, value_type: string, value: ""}',
        ].join('\n'),
      );
      expect(imported).toMatchObject({ name: 'Imported', mode: 'advanced-chat', iconType: 'emoji', icon: '🤖', iconBackground: '#FFFFFF', enableApi: true, enableSite: true });
      const draft = imported.workflowDraft as { graph: { nodes: { data: { dataset_ids: string[] } }[] }; conversation_variables: { selector: string[]; id: string }[] };
      expect(draft.graph.nodes[0]!.data.dataset_ids).toEqual(['11111111-2222-4333-8444-555555555555', DATASET]);
      expect(draft.conversation_variables[0]).toMatchObject({ selector: ['conversation', 'topic'], id: expect.any(String) });
      expect(await fx.app.deps.db.select().from(sites).where(eq(sites.appId, imported.id))).toHaveLength(1);
    });

    it("refuses what Dify refuses, and leaves nothing behind", async () => {
      const before = await countApps(fx.app, fx.owner.workspaceId);
      expect(await message('app: {name: A}')).toBe('loss app mode');
      expect(await message('app: {name: A, mode: rag-pipeline}')).toBe('Invalid app mode: rag-pipeline');
      expect(await message('app: {name: A, mode: chat}')).toBe('Missing model_config for chat/agent-chat/completion app');
      expect(await message('app: {name: A, mode: workflow}')).toBe('Missing workflow data for workflow/advanced chat app');
      expect(await message('app: {name: A, mode: workflow}\nworkflow: {environment_variables: [{name: K, value_type: secret}]}')).toBe(
        'environment variable "K": missing value',
      );
      expect(await message('app: {name: A, mode: workflow}\nworkflow: {environment_variables: [{name: K, value_type: file, value: x}]}')).toMatch(
        /unsupported value_type "file"/,
      );
      expect(await message('app: {name: A, mode: workflow}\nworkflow: {conversation_variables: [{name: n, value_type: number, value: "1"}]}')).toMatch(
        /value is not of type number/,
      );
      expect(await countApps(fx.app, fx.owner.workspaceId)).toBe(before);
    });

    it('overwrites the draft of an existing workflow app, and only of one', async () => {
      const target = await createAppAs(fx.app, fx.owner, { name: 'Target', mode: 'workflow' });
      const row = (await appRow(fx.app, target.id))!;
      const dsl = 'version: 0.5.0\napp: {name: Replaced, mode: workflow}\nworkflow: {graph: {nodes: [{id: only, data: {type: start}}], edges: []}}';
      const updated = await fx.app.deps.db.transaction((tx) => importDsl(tx, actorOf(fx.owner), parseDsl(dsl), {}, row));
      expect(updated).toMatchObject({ id: target.id, name: 'Replaced' });
      expect((updated.workflowDraft as { graph: { nodes: { id: string }[] } }).graph.nodes.map((n) => n.id)).toEqual(['only']);
      const chat = (await appRow(fx.app, (await createAppAs(fx.app, fx.owner, { mode: 'chat' })).id))!;
      await expect(fx.app.deps.db.transaction((tx) => importDsl(tx, actorOf(fx.owner), parseDsl(dsl), {}, chat))).rejects.toThrow(
        'Only workflow or advanced chat apps can be overwritten',
      );
    });
  });
});
