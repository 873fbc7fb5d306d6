import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerCredentials, providerSettings } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { openCredentials } from '../../../services/model-providers/credential-values';
import { seedMember, seedWorkspace, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { addCompatibleCredential, COMPATIBLE, PROVIDERS_PATH } from './test-helpers';

const GOOD_KEY = 'sk-good-key-0123456789';
const MASKED_GOOD_KEY = 'sk-goo************89';

describe('console model provider credentials', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });
  let server: TestModelServer;
  beforeAll(async () => {
    server = await startTestModelServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const rowsOf = (workspaceId: string) => fx.app.deps.db.select().from(providerCredentials).where(eq(providerCredentials.workspaceId, workspaceId));
  const credentialsPath = (provider = COMPATIBLE) => `${PROVIDERS_PATH}/${provider}/credentials`;
  const providerEntry = async (user: SeededUser, provider = COMPATIBLE) => {
    const res = await fx.app.request('GET', PROVIDERS_PATH, { token: user.token });
    expect(res.status).toBe(200);
    return res.body.data.find((p: { provider: string }) => p.provider === provider);
  };

  it('lists every catalog provider, unconfigured, with icon URLs that serve SVG', async () => {
    const fresh = await seedWorkspace(fx.app, 'fresh');
    const res = await fx.app.request('GET', PROVIDERS_PATH, { token: fresh.token });
    expect(res.status).toBe(200);
    const names = res.body.data.map((p: { provider: string }) => p.provider);
    expect(names).toEqual(expect.arrayContaining(['openai', 'anthropic', 'gemini', 'azure_openai', COMPATIBLE, 'ollama', 'cohere', 'jina']));
    const openai = res.body.data.find((p: { provider: string }) => p.provider === 'openai');
    expect(openai).toMatchObject({
      tenant_id: fresh.workspaceId,
      preferred_provider_type: 'custom',
      custom_configuration: { status: 'no-configure', current_credential_id: null, available_credentials: [], custom_models: [] },
      system_configuration: { enabled: false, current_quota_type: null, quota_configurations: [] },
      icon_small: { en_US: 'http://localhost:3000/console/api/workspaces/current/model-providers/openai/icon_small/en_US' },
    });
    expect(openai.provider_credential_schema.credential_form_schemas.map((f: { variable: string }) => f.variable)).toContain('openai_api_key');
    const icon = await fx.app.request('GET', new URL(openai.icon_small.en_US).pathname);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.text).toContain('<svg');
    // An <img> draws it; a tab that opens it downloads it, sandboxed.
    expect(icon.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''icon_small.svg");
    expect(icon.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'; media-src 'self'");
    expect(icon.headers.get('x-content-type-options')).toBe('nosniff');
    expect(icon.headers.get('cache-control')).toBe('public, max-age=86400');
    const byTenant = await fx.app.request('GET', `/console/api/workspaces/${fresh.workspaceId}/model-providers/langgenius%2Fopenai%2Fopenai/icon_large/zh_Hans`);
    expect(byTenant.status).toBe(200);
    expect((await fx.app.request('GET', `${PROVIDERS_PATH}/nope/icon_small/en_US`)).status).toBe(400);
    const rerankOnly = await fx.app.request('GET', PROVIDERS_PATH, { token: fresh.token, query: { model_type: 'rerank' } });
    expect(rerankOnly.body.data.map((p: { provider: string }) => p.provider)).not.toContain('openai');
    expect(rerankOnly.body.data.map((p: { provider: string }) => p.provider)).toContain('cohere');
  });

  it('validates with a real call, stores encrypted, and makes the first credential active', async () => {
    const created = await addCompatibleCredential(fx.app, fx.owner, server);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ result: 'success' });
    expect(server.requests.some((r) => r.path === '/v1/models' && r.headers.authorization === `Bearer ${GOOD_KEY}`)).toBe(true);

    const [row] = await rowsOf(fx.owner.workspaceId);
    expect(row).toMatchObject({ provider: COMPATIBLE, name: 'API KEY 1', createdBy: fx.owner.accountId });
    expect(row!.encryptedConfig).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row!.encryptedConfig).not.toContain(GOOD_KEY);
    expect(Buffer.from(row!.encryptedConfig.split('.')[3]!, 'base64url').toString('latin1')).not.toContain('sk-good');
    expect(openCredentials(fx.app.deps, row!)).toEqual({ endpoint_url: server.openaiBaseUrl, api_key: GOOD_KEY });
    expect(() => openCredentials(fx.app.deps, { ...row!, workspaceId: fx.other.workspaceId })).toThrow('cannot be decrypted');
    expect(() => openCredentials(fx.app.deps, { ...row!, provider: 'ollama' })).toThrow('cannot be decrypted');
    const [settings] = await fx.app.deps.db.select().from(providerSettings).where(eq(providerSettings.workspaceId, fx.owner.workspaceId));
    expect(settings!.activeCredentialId).toBe(row!.id);

    const entry = await providerEntry(fx.owner);
    expect(entry.custom_configuration).toMatchObject({
      status: 'active',
      current_credential_id: row!.id,
      current_credential_name: 'API KEY 1',
      available_credentials: [{ credential_id: row!.id, credential_name: 'API KEY 1' }],
    });
    expect(JSON.stringify(entry)).not.toContain(GOOD_KEY);

    const shown = await fx.app.request('GET', credentialsPath(), { token: fx.owner.token });
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({ credentials: { endpoint_url: server.openaiBaseUrl, api_key: MASKED_GOOD_KEY } });
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    expect((await fx.app.request('GET', credentialsPath(), { token: normal.token, query: { credential_id: row!.id } })).body.credentials.api_key).toBe(MASKED_GOOD_KEY);
  });

  it('refuses credentials the provider rejects with its own message, writing nothing', async () => {
    const tenant = await seedWorkspace(fx.app, 'rejected');
    const refused = await addCompatibleCredential(fx.app, tenant, server, 'invalid-key-123');
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('invalid_param');
    expect(refused.body.message).toContain('Incorrect API key provided');
    const incomplete = await fx.app.request('POST', credentialsPath(), { token: tenant.token, json: { credentials: { api_key: 'x' } } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.message).toBe('endpoint_url is required');
    expect(await rowsOf(tenant.workspaceId)).toEqual([]);
    expect((await providerEntry(tenant)).custom_configuration.status).toBe('no-configure');

    const check = (credentials: Record<string, unknown>) => fx.app.request('POST', `${credentialsPath()}/validate`, { token: tenant.token, json: { credentials } });
    expect((await check({ endpoint_url: server.openaiBaseUrl, api_key: 'fine' })).body).toEqual({ result: 'success' });
    const bad = await check({ endpoint_url: server.openaiBaseUrl, api_key: 'invalid-key' });
    expect(bad.body).toEqual({ result: 'error', error: expect.stringContaining('Incorrect API key provided') });
    expect(await rowsOf(tenant.workspaceId)).toEqual([]);
  });

  it('keeps several credentials, keeps hidden secrets on update, switches and deletes', async () => {
    const tenant = await seedWorkspace(fx.app, 'several');
    await addCompatibleCredential(fx.app, tenant, server);
    expect((await addCompatibleCredential(fx.app, tenant, server, 'sk-second-key-abcdef', 'Backup')).status).toBe(201);
    expect((await addCompatibleCredential(fx.app, tenant, server, 'sk-third-key-abcdef')).status).toBe(201);
    const duplicate = await addCompatibleCredential(fx.app, tenant, server, 'sk-other', 'Backup');
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.message).toBe("Credential with name 'Backup' already exists.");
    const rows = await rowsOf(tenant.workspaceId);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual(['API KEY 1', 'API KEY 2', 'Backup']);
    expect((await providerEntry(tenant)).custom_configuration.current_credential_name).toBe('API KEY 1');

    const backup = byName.Backup!;
    const update = (credentials: Record<string, unknown>, name?: string) =>
      fx.app.request('PUT', credentialsPath(), { token: tenant.token, json: { credential_id: backup.id, credentials, name } });
    const masked = (await fx.app.request('GET', credentialsPath(), { token: tenant.token, query: { credential_id: backup.id } })).body.credentials;
    expect(masked.api_key).toBe('sk-sec************ef');
    expect((await update({ ...masked, endpoint_url: `${server.url}/v1/` }, 'Backup renamed')).status).toBe(200);
    let [stored] = await fx.app.deps.db.select().from(providerCredentials).where(eq(providerCredentials.id, backup.id));
    expect(stored!.name).toBe('Backup renamed');
    expect(openCredentials(fx.app.deps, stored!)).toEqual({ endpoint_url: `${server.url}/v1/`, api_key: 'sk-second-key-abcdef' });
    expect((await update({ endpoint_url: server.openaiBaseUrl, api_key: '[__HIDDEN__]' })).status).toBe(200);
    [stored] = await fx.app.deps.db.select().from(providerCredentials).where(eq(providerCredentials.id, backup.id));
    expect(openCredentials(fx.app.deps, stored!).api_key).toBe('sk-second-key-abcdef');
    expect(stored!.name).toBe('Backup renamed');
    const rejected = await update({ endpoint_url: server.openaiBaseUrl, api_key: 'invalid-now' });
    expect(rejected.status).toBe(400);
    [stored] = await fx.app.deps.db.select().from(providerCredentials).where(eq(providerCredentials.id, backup.id));
    expect(openCredentials(fx.app.deps, stored!).api_key).toBe('sk-second-key-abcdef');

    const switched = await fx.app.request('POST', `${credentialsPath()}/switch`, { token: tenant.token, json: { credential_id: backup.id } });
    expect(switched.body).toEqual({ result: 'success' });
    expect((await providerEntry(tenant)).custom_configuration.current_credential_id).toBe(backup.id);
    expect((await fx.app.request('GET', credentialsPath(), { token: tenant.token })).body.credentials.api_key).toBe('sk-sec************ef');

    const removed = await fx.app.request('DELETE', credentialsPath(), { token: tenant.token, json: { credential_id: backup.id } });
    expect(removed.status).toBe(204);
    let entry = await providerEntry(tenant);
    expect(entry.custom_configuration.current_credential_id).toBe(byName['API KEY 1']!.id);
    expect(entry.custom_configuration.available_credentials).toHaveLength(2);
    for (const name of ['API KEY 1', 'API KEY 2']) {
      await fx.app.request('DELETE', credentialsPath(), { token: tenant.token, json: { credential_id: byName[name]!.id } });
    }
    entry = await providerEntry(tenant);
    expect(entry.custom_configuration).toMatchObject({ status: 'no-configure', current_credential_id: null, available_credentials: [] });
    expect((await fx.app.request('GET', credentialsPath(), { token: tenant.token })).body).toEqual({ credentials: null });
  });

  it('keeps writes to admins and owners', async () => {
    const [row] = await rowsOf(fx.owner.workspaceId);
    for (const role of ['editor', 'normal', 'dataset_operator'] as const) {
      const member = await seedMember(fx.app, fx.owner.workspaceId, role);
      const attempts: [string, string, Record<string, unknown>][] = [
        ['POST', credentialsPath(), { credentials: { endpoint_url: server.openaiBaseUrl, api_key: 'x' } }],
        ['PUT', credentialsPath(), { credential_id: row!.id, credentials: { endpoint_url: 'http://127.0.0.1:9/v1' } }],
        ['DELETE', credentialsPath(), { credential_id: row!.id }],
        ['POST', `${credentialsPath()}/switch`, { credential_id: row!.id }],
        ['POST', `${PROVIDERS_PATH}/${COMPATIBLE}/preferred-provider-type`, { preferred_provider_type: 'custom' }],
        ['POST', `${credentialsPath()}/validate`, { credentials: { endpoint_url: 'http://127.0.0.1:9/v1' } }],
      ];
      for (const [method, path, json] of attempts) {
        const res = await fx.app.request(method, path, { token: member.token, json });
        expect(res.status, `${role} ${method} ${path}`).toBe(403);
      }
      expect((await fx.app.request('GET', PROVIDERS_PATH, { token: member.token })).status).toBe(200);
    }
    const admin = await seedMember(fx.app, fx.owner.workspaceId, 'admin');
    expect((await fx.app.request('POST', `${credentialsPath()}/switch`, { token: admin.token, json: { credential_id: row!.id } })).status).toBe(200);
    expect(await rowsOf(fx.owner.workspaceId)).toHaveLength(1);
  });

  it("never lets another workspace read, switch, change or delete a workspace's credentials", async () => {
    const [row] = await rowsOf(fx.owner.workspaceId);
    const id = row!.id;
    const attempts: [string, string, Record<string, unknown>][] = [
      ['PUT', credentialsPath(), { credential_id: id, credentials: { endpoint_url: server.openaiBaseUrl, api_key: '[__HIDDEN__]' } }],
      ['DELETE', credentialsPath(), { credential_id: id }],
      ['POST', `${credentialsPath()}/switch`, { credential_id: id }],
    ];
    for (const [method, path, json] of attempts) {
      const res = await fx.app.request(method, path, { token: fx.other.token, json });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body).toMatchObject({ code: 'invalid_param', message: 'Credential record not found.' });
    }
    const read = await fx.app.request('GET', credentialsPath(), { token: fx.other.token, query: { credential_id: id } });
    expect(read.status).toBe(400);
    expect((await providerEntry(fx.other)).custom_configuration.status).toBe('no-configure');
    const [after] = await fx.app.deps.db.select().from(providerCredentials).where(eq(providerCredentials.id, id));
    expect(after).toEqual(row);
    expect(await rowsOf(fx.other.workspaceId)).toEqual([]);
  });

  it('answers unknown providers with Dify\'s message and accepts aliases', async () => {
    const res = await fx.app.request('GET', `${PROVIDERS_PATH}/xyz/credentials`, { token: fx.owner.token });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: 'invalid_param', message: 'Provider xyz does not exist.', status: 400, params: 'provider' });
    const alias = await fx.app.request('GET', `${PROVIDERS_PATH}/${encodeURIComponent('langgenius/openai_api_compatible/openai_api_compatible')}/credentials`, {
      token: fx.owner.token,
    });
    expect(alias.status, JSON.stringify(alias.body)).toBe(200);
    expect(alias.body.credentials.api_key).toBe(MASKED_GOOD_KEY);
    const preferred = await fx.app.request('POST', `${PROVIDERS_PATH}/${COMPATIBLE}/preferred-provider-type`, { token: fx.owner.token, json: { preferred_provider_type: 'system' } });
    expect(preferred.body).toEqual({ result: 'success' });
    expect((await providerEntry(fx.owner)).preferred_provider_type).toBe('custom');
  });
});
