import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiTokens } from '@tessera/db';
import { sha256Hex } from '../../../../auth/tokens';
import { seedMember } from '../../../../testing';
import { useIntegrationFixture } from '../../../../testing/fixtures';
import { createAppAs, createKeyAs } from '../test-helpers';

describe('console app API keys', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });

  const keysOf = (appId: string) => fx.app.deps.db.select().from(apiTokens).where(eq(apiTokens.appId, appId));

  it('creates a key shown once in full, stores only its hash, and lists it masked', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const res = await fx.app.request('POST', `/console/api/apps/${created.id}/api-keys`, { token: fx.owner.token });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(['created_at', 'id', 'last_used_at', 'token', 'type']);
    expect(res.body).toMatchObject({ type: 'app', last_used_at: null });
    expect(res.body.token).toMatch(/^app-[A-Za-z0-9]{24}$/);
    expect(Number.isInteger(res.body.created_at)).toBe(true);

    const [row] = await keysOf(created.id);
    expect(row).toMatchObject({ id: res.body.id, type: 'app', workspaceId: fx.owner.workspaceId, tokenHash: sha256Hex(res.body.token) });
    expect(JSON.stringify(row)).not.toContain(res.body.token);

    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const list = await fx.app.request('GET', `/console/api/apps/${created.id}/api-keys`, { token: normal.token });
    expect(list.status).toBe(200);
    const hint = `${res.body.token.slice(0, 8)}…${res.body.token.slice(-4)}`;
    expect(list.body).toEqual({ data: [{ id: res.body.id, type: 'app', token: hint, last_used_at: null, created_at: res.body.created_at }] });
  });

  it('refuses the eleventh key with max_keys_exceeded', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    for (let i = 0; i < 10; i++) await createKeyAs(fx.app, fx.owner, created.id);
    const res = await fx.app.request('POST', `/console/api/apps/${created.id}/api-keys`, { token: fx.owner.token });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: 'max_keys_exceeded', message: 'Cannot create more than 10 API keys for this resource type.', status: 400 });
    expect(await keysOf(created.id)).toHaveLength(10);
  });

  it('lets editors create keys but only admins and the owner delete them', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    const admin = await seedMember(fx.app, fx.owner.workspaceId, 'admin');
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const key = await createKeyAs(fx.app, editor, created.id);
    const normalCreate = await fx.app.request('POST', `/console/api/apps/${created.id}/api-keys`, { token: normal.token });
    expect(normalCreate.status).toBe(403);
    for (const user of [editor, normal]) {
      const res = await fx.app.request('DELETE', `/console/api/apps/${created.id}/api-keys/${key.id}`, { token: user.token });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
    expect(await keysOf(created.id)).toHaveLength(1);
    const deleted = await fx.app.request('DELETE', `/console/api/apps/${created.id}/api-keys/${key.id}`, { token: admin.token });
    expect(deleted.status).toBe(204);
    expect(await keysOf(created.id)).toHaveLength(0);
    const again = await fx.app.request('DELETE', `/console/api/apps/${created.id}/api-keys/${key.id}`, { token: fx.owner.token });
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ code: 'not_found', message: 'API key not found' });
    const info = await fx.app.request('GET', '/v1/info', { token: key.token });
    expect(info.status).toBe(401);
  });

  it("does not delete a key through another app's path", async () => {
    const first = await createAppAs(fx.app, fx.owner);
    const second = await createAppAs(fx.app, fx.owner);
    const key = await createKeyAs(fx.app, fx.owner, first.id);
    const res = await fx.app.request('DELETE', `/console/api/apps/${second.id}/api-keys/${key.id}`, { token: fx.owner.token });
    expect(res.status).toBe(404);
    expect(await keysOf(first.id)).toHaveLength(1);
  });

  it('answers 404 for another workspace on list, create and delete, and changes nothing', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const key = await createKeyAs(fx.app, fx.owner, created.id);
    const calls: [string, string][] = [
      ['GET', `/console/api/apps/${created.id}/api-keys`],
      ['POST', `/console/api/apps/${created.id}/api-keys`],
      ['DELETE', `/console/api/apps/${created.id}/api-keys/${key.id}`],
    ];
    for (const [method, path] of calls) {
      const res = await fx.app.request(method, path, { token: fx.other.token });
      expect(res.status, method).toBe(404);
      expect(res.body).toMatchObject({ code: 'not_found', message: 'App not found.' });
    }
    expect(await keysOf(created.id)).toHaveLength(1);
    const malformed = await fx.app.request('DELETE', `/console/api/apps/${created.id}/api-keys/zzz`, { token: fx.owner.token });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/^key_id/);
  });
});
