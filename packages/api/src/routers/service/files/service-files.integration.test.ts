import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { endUsers, uploadFiles } from '@tessera/db';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { seedConversationWithFiles as seedConversation } from '../../../testing/conversation-with-files';
import { createAppAs, createKeyAs } from '../../console/apps/test-helpers';
import { MULTIPART_HEADERS, rawMultipart, upload } from '../../files/testing';

const FILE_RESPONSE_KEYS = ['id', 'name', 'size', 'extension', 'mime_type', 'created_by', 'created_at', 'preview_url', 'source_url', 'original_url', 'user_id', 'tenant_id', 'conversation_id', 'file_key'];

describe('Service API files: uploads by end users and app-scoped previews', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });
  let appId: string;
  let key: string;
  let siblingKey: string;
  let foreignKey: string;

  beforeAll(async () => {
    appId = (await createAppAs(fx.app, fx.owner, { name: 'Helpdesk' })).id;
    key = (await createKeyAs(fx.app, fx.owner, appId)).token;
    siblingKey = (await createKeyAs(fx.app, fx.owner, (await createAppAs(fx.app, fx.owner, { name: 'Sibling' })).id)).token;
    foreignKey = (await createKeyAs(fx.app, fx.other, (await createAppAs(fx.app, fx.other, { name: 'Foreign' })).id)).token;
  });

  const endUserId = async (targetAppId: string, sessionId: string) =>
    (await fx.app.deps.db.select().from(endUsers).where(eq(endUsers.sessionId, sessionId))).find((row) => row.appId === targetAppId)?.id;

  function uploadAs(user: string | undefined, name = 'photo.png', data: string | Uint8Array = 'png-bytes', token = key) {
    const form = new FormData();
    form.append('file', new Blob([typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data)], { type: 'image/png' }), name);
    if (user !== undefined) form.append('user', user);
    return fx.app.request('POST', '/v1/files/upload', { body: form, token });
  }

  describe('POST /v1/files/upload', () => {
    it("answers 201 with Dify's FileResponse, created by the end user the form names", async () => {
      const res = await uploadAs('alice');
      expect(res.status).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual([...FILE_RESPONSE_KEYS].sort());
      const alice = await endUserId(appId, 'alice');
      expect(res.body).toMatchObject({
        name: 'photo.png',
        size: 9,
        extension: 'png',
        mime_type: 'image/png',
        created_by: alice,
        tenant_id: fx.owner.workspaceId,
        preview_url: null,
        original_url: null,
        user_id: null,
        conversation_id: null,
        file_key: null,
      });
      expect(res.body.source_url).toMatch(/\/files\/[0-9a-f-]{36}\/file-preview\?timestamp=\d+&nonce=[0-9a-f]{32}&sign=/);
      const [row] = await fx.app.deps.db.select().from(uploadFiles).where(eq(uploadFiles.id, res.body.id));
      expect(row).toMatchObject({ createdByRole: 'end_user', createdBy: alice, workspaceId: fx.owner.workspaceId });
    });

    it('makes an upload without `user` the anonymous DEFAULT-USER’s', async () => {
      const res = await uploadAs(undefined);
      expect(res.status).toBe(201);
      expect(res.body.created_by).toBe(await endUserId(appId, 'DEFAULT-USER'));
    });

    it("answers Dify's errors for a form without a file, with two files, or with a bad name", async () => {
      const none = await fx.app.request('POST', '/v1/files/upload', { token: key, headers: MULTIPART_HEADERS, body: rawMultipart([{ name: 'user', data: 'alice' }]) });
      expect(none.status).toBe(400);
      expect(none.body).toEqual({ code: 'no_file_uploaded', message: 'Please upload your file.', status: 400 });
      const two = await fx.app.request('POST', '/v1/files/upload', {
        token: key,
        headers: MULTIPART_HEADERS,
        body: rawMultipart([
          { name: 'file', filename: 'a.txt', contentType: 'text/plain', data: 'a' },
          { name: 'file', filename: 'b.txt', contentType: 'text/plain', data: 'b' },
        ]),
      });
      expect(two.body).toMatchObject({ code: 'too_many_files', status: 400 });
      const badName = await uploadAs('alice', 'a:b.png');
      expect(badName.body).toEqual({ code: 'invalid_param', message: 'Filename contains invalid characters', status: 400 });
    });

    it('refuses a file over the limit of its type with 413 file_too_large', async () => {
      const res = await uploadAs('alice', 'big.png', new Uint8Array(10 * 1024 * 1024 + 1));
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('file_too_large');
    });

    it('needs an app key', async () => {
      const res = await upload(fx.app, { name: 'a.txt', data: 'x', path: '/v1/files/upload' });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthorized');
      const consoleToken = await upload(fx.app, { name: 'a.txt', data: 'x', path: '/v1/files/upload', token: fx.owner.token });
      expect(consoleToken.status).toBe(401);
    });
  });

  describe('GET /v1/files/{file_id}/preview', () => {
    let attachedId: string;
    const content = 'the picture bytes';

    beforeAll(async () => {
      const uploaded = await uploadAs('carol', 'picture.png', content);
      attachedId = uploaded.body.id;
      await seedConversation(fx.app, { appId, endUserId: (await endUserId(appId, 'carol'))!, messages: [{ uploadFileIds: [attachedId] }] });
    });

    const preview = (fileId: string, token = key, query: Record<string, string | boolean> = {}) =>
      fx.app.request('GET', `/v1/files/${fileId}/preview`, { token, query });

    it("serves a file a message of the key's app carries, as Dify does, but never to shared caches", async () => {
      const res = await preview(attachedId);
      expect(res.status).toBe(200);
      expect(res.text).toBe(content);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('content-length')).toBe(String(content.length));
      expect(res.headers.get('cache-control')).toBe('private, max-age=3600');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
      expect(res.headers.get('content-disposition')).toBeNull();
    });

    it('sends a download with as_attachment=true', async () => {
      const res = await preview(attachedId, key, { as_attachment: 'true' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''picture.png");
    });

    it('serves it for the end user whose message carries it, and 404 for another end user named in `user`', async () => {
      expect((await preview(attachedId, key, { user: 'carol' })).status).toBe(200);
      const stranger = await preview(attachedId, key, { user: 'mallory' });
      expect(stranger.status).toBe(404);
      expect(stranger.body).toEqual({ code: 'file_not_found', message: 'The requested file was not found.', status: 404 });
    });

    it('answers 404 file_not_found for an upload no message carries, and for a malformed id', async () => {
      const loose = await uploadAs('carol', 'loose.png');
      const res = await preview(loose.body.id);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('file_not_found');
      expect((await preview('not-a-uuid')).body.code).toBe('file_not_found');
    });

    it("answers 403 file_access_denied to another app of the workspace, and 404 to another workspace's app", async () => {
      const sibling = await preview(attachedId, siblingKey);
      expect(sibling.status).toBe(403);
      expect(sibling.body).toEqual({ code: 'file_access_denied', message: 'Access to the requested file is denied.', status: 403 });
      const foreign = await preview(attachedId, foreignKey);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('file_not_found');
      expect(foreign.text).not.toContain(content);
    });

    it('needs an app key', async () => {
      const res = await fx.app.request('GET', `/v1/files/${attachedId}/preview`);
      expect(res.status).toBe(401);
    });
  });
});
