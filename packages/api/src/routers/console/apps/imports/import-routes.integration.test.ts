import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolicy } from '@tessera/net-guard';
import { createTestApp, seedMember, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../../../testing';

const chatDsl = (version: string) =>
  [
    `version: ${version}`,
    'kind: app',
    'app:',
    '  name: Imported Helper',
    '  mode: chat',
    '  icon: "🧭"',
    'model_config:',
    '  pre_prompt: You help with {{topic}}.',
    '  user_input_form:',
    '    - text-input: { variable: topic, label: Topic, required: true }',
  ].join('\n');

describe('POST /console/api/apps/imports', () => {
  let app: TestApp;
  let owner: SeededUser;
  let other: SeededUser;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
    other = await seedWorkspace(app, 'other');
  });
  afterAll(async () => app?.close());

  const importAs = (user: SeededUser, json: Record<string, unknown>) => app.request('POST', '/console/api/apps/imports', { token: user.token, json });

  it('creates the app from YAML text, with its prompt and variables, and the name given', async () => {
    const answer = await importAs(owner, { mode: 'yaml-content', yaml_content: chatDsl('0.5.0'), name: 'Renamed on import' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'completed', app_mode: 'chat', imported_dsl_version: '0.5.0', current_dsl_version: '0.5.0', error: '' });
    const detail = await app.request('GET', `/console/api/apps/${answer.body.app_id}`, { token: owner.token });
    expect(detail.body).toMatchObject({ name: 'Renamed on import', mode: 'chat' });
    const config = await app.request('GET', `/console/api/apps/${answer.body.app_id}/model-config`, { token: owner.token });
    expect(config.body.pre_prompt).toBe('You help with {{topic}}.');
    // The app belongs to the importer's workspace only.
    expect((await app.request('GET', `/console/api/apps/${answer.body.app_id}`, { token: other.token })).status).toBe(404);
  });

  it('imports an older minor version with warnings, and answers broken YAML with a failed Import', async () => {
    expect((await importAs(owner, { mode: 'yaml-content', yaml_content: chatDsl('0.3.0') })).body.status).toBe('completed-with-warnings');
    const broken = await importAs(owner, { mode: 'yaml-content', yaml_content: 'app: [unclosed' });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ status: 'failed', app_id: null, error: expect.stringContaining('Invalid YAML format') });
    const empty = await importAs(owner, { mode: 'yaml-content' });
    expect(empty.body.error).toBe('yaml_content is required when import_mode is yaml-content');
  });

  it('holds a newer major version until confirmed, and only for the workspace that started it', async () => {
    const pending = await importAs(owner, { mode: 'yaml-content', yaml_content: chatDsl('1.0.0') });
    expect(pending.status).toBe(202);
    expect(pending.body).toMatchObject({ status: 'pending', app_id: null, imported_dsl_version: '1.0.0' });
    const foreign = await app.request('POST', `/console/api/apps/imports/${pending.body.id}/confirm`, { token: other.token });
    expect(foreign.body).toMatchObject({ status: 'failed', error: 'Import information expired or does not exist' });
    const confirmed = await app.request('POST', `/console/api/apps/imports/${pending.body.id}/confirm`, { token: owner.token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'completed', app_mode: 'chat', app_id: expect.any(String) });
    const again = await app.request('POST', `/console/api/apps/imports/${pending.body.id}/confirm`, { token: owner.token });
    expect(again.status).toBe(400);
  });

  it('refuses URLs that point inside the network, and members who may not edit', async () => {
    const local = await importAs(owner, { mode: 'yaml-url', yaml_url: 'http://127.0.0.1:1/app.yml' });
    expect(local.status).toBe(400);
    expect(local.body.status).toBe('failed');
    const member = await seedMember(app, owner.workspaceId, 'normal');
    expect((await importAs(member, { mode: 'yaml-content', yaml_content: chatDsl('0.5.0') })).status).toBe(403);
  });

  it('stops reading a URL at 10 MB, even one that never ends', { timeout: 30_000 }, async () => {
    // A loopback server allowed by the operator's policy, streaming YAML comments forever.
    const endless = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/yaml' });
      const chunk = `# ${'x'.repeat(64 * 1024)}\n`;
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
    const open = await createTestApp({ netPolicy: createPolicy({ allowedCidrs: ['127.0.0.1/32'] }) });
    try {
      const opener = await seedOwner(open);
      const { port } = endless.address() as AddressInfo;
      const answer = await open.request('POST', '/console/api/apps/imports', {
        token: opener.token,
        json: { mode: 'yaml-url', yaml_url: `http://127.0.0.1:${port}/app.yml` },
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ status: 'failed', error: 'File size exceeds the limit of 10MB' });
    } finally {
      endless.closeAllConnections();
      endless.close();
      await open.close();
    }
  });
});
