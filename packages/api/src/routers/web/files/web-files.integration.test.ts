import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFiles } from '@tessera/db';
import { createPolicy } from '@tessera/net-guard';
import { createTestApp, seedOwner, type SeededUser, type TestApp } from '../../../testing';
import { type CanaryServer, startCanaryServer } from '../../../testing/canary-server';
import { type SeededPassport, seedPassport } from '../../../testing/passports';
import { createAppAs } from '../../console/apps/test-helpers';
import { pathOf, upload } from '../../files/testing';

const REMOTE_UPLOAD_KEYS = ['id', 'name', 'size', 'extension', 'url', 'mime_type', 'created_by', 'created_at'];

describe('web app files: uploads and remote files of end users', () => {
  let canary: CanaryServer;
  /** Loopback opened to untrusted fetches, as an operator would open an intranet: the canary is reachable. */
  let open: TestApp;
  /** The default policy: nothing private is reachable. */
  let closed: TestApp;
  let closedOwner: SeededUser;
  let visitor: SeededPassport;
  let closedVisitor: SeededPassport;

  beforeAll(async () => {
    canary = await startCanaryServer({
      '/notes/todo.txt': { body: 'remote text', type: 'text/plain; charset=utf-8' },
      '/no-head/report.pdf': { body: '%PDF-1.4 remote', type: 'application/pdf', headStatus: 405 },
      '/download': { body: 'a,b\n1,2\n', type: 'text/csv', disposition: 'attachment; filename="figures.csv"' },
      '/picture': { body: 'raw image', type: 'image/png' },
      '/huge.png': { body: 'tiny', type: 'image/png', declaredLength: 11 * 1024 * 1024 },
    });
    open = await createTestApp({ netPolicy: createPolicy({ allowedCidrs: ['127.0.0.1/32'] }) });
    closed = await createTestApp();
    const openOwner = await seedOwner(open);
    visitor = await seedPassport(open, (await createAppAs(open, openOwner, { name: 'Open' })).id, 'visitor-1');
    closedOwner = await seedOwner(closed);
    closedVisitor = await seedPassport(closed, (await createAppAs(closed, closedOwner, { name: 'Closed' })).id);
  });
  afterAll(async () => {
    await open?.close();
    await closed?.close();
    await canary?.close();
  });

  describe('POST /api/files/upload', () => {
    let appId: string;
    beforeAll(async () => {
      appId = (await createAppAs(closed, closedOwner, { name: 'Uploads' })).id;
    });

    it("answers 201 with Dify's FileResponse, owned by the passport's end user", async () => {
      const passport = await seedPassport(closed, appId);
      // Older web apps send the passport as a Bearer token.
      const res = await upload(closed, { name: 'Notes.md', data: '# hi', type: 'text/markdown', path: '/api/files/upload', token: passport.headers['X-App-Passport'] });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ name: 'Notes.md', extension: 'md', mime_type: 'text/markdown', size: 4, created_by: passport.endUserId, tenant_id: closedOwner.workspaceId });
      const [row] = await closed.deps.db.select().from(uploadFiles).where(eq(uploadFiles.id, res.body.id));
      expect(row).toMatchObject({ createdByRole: 'end_user', createdBy: passport.endUserId });
      const served = await closed.request('GET', pathOf(res.body.source_url));
      expect(served.text).toBe('# hi');
    });

    it('accepts the passport in X-App-Passport, and limits source=datasets to documents', async () => {
      const passport = await seedPassport(closed, appId);
      const form = new FormData();
      form.append('file', new Blob(['png'], { type: 'image/png' }), 'a.png');
      form.append('source', 'datasets');
      const res = await closed.request('POST', '/api/files/upload', { body: form, headers: passport.headers });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('unsupported_file_type');
    });

    it('needs a passport', async () => {
      const res = await upload(closed, { name: 'a.txt', data: 'x', path: '/api/files/upload' });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'unauthorized', message: 'App token is missing.', status: 401 });
    });
  });

  describe('GET /api/remote-files/{url}', () => {
    const info = (app: TestApp, passport: SeededPassport, url: string) =>
      app.request('GET', `/api/remote-files/${encodeURIComponent(url)}`, { headers: passport.headers });

    it("answers the file's type and length from a HEAD", async () => {
      const res = await info(open, visitor, `${canary.url}/notes/todo.txt`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ file_type: 'text/plain; charset=utf-8', file_length: 11 });
      expect(canary.received.at(-1)).toBe('HEAD /notes/todo.txt');
    });

    it('falls back to a GET when HEAD is refused', async () => {
      const before = canary.received.length;
      const res = await info(open, visitor, `${canary.url}/no-head/report.pdf`);
      expect(res.body).toEqual({ file_type: 'application/pdf', file_length: 15 });
      expect(canary.received.slice(before)).toEqual(['HEAD /no-head/report.pdf', 'GET /no-head/report.pdf']);
    });

    it('answers 400 remote_file_upload_error when the file is not there', async () => {
      const res = await info(open, visitor, `${canary.url}/missing`);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('remote_file_upload_error');
      expect(res.body.message).toContain('answered 404');
    });

    it('needs a passport', async () => {
      const res = await open.request('GET', `/api/remote-files/${encodeURIComponent(`${canary.url}/notes/todo.txt`)}`);
      expect(res.status).toBe(401);
    });
  });

  describe('POST /api/remote-files/upload', () => {
    const remoteUpload = (app: TestApp, passport: SeededPassport, url: unknown) =>
      app.request('POST', '/api/remote-files/upload', { headers: passport.headers, json: { url } });

    it("stores the linked file as the end user's upload and answers 201 with a signed url", async () => {
      const res = await remoteUpload(open, visitor, `${canary.url}/notes/todo.txt`);
      expect(res.status).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual([...REMOTE_UPLOAD_KEYS].sort());
      expect(res.body).toMatchObject({ name: 'todo.txt', size: 11, extension: 'txt', mime_type: 'text/plain', created_by: visitor.endUserId });
      const [row] = await open.deps.db.select().from(uploadFiles).where(eq(uploadFiles.id, res.body.id));
      expect(row).toMatchObject({ createdByRole: 'end_user', createdBy: visitor.endUserId });
      expect((await open.request('GET', pathOf(res.body.url))).text).toBe('remote text');
    });

    it('names the file from Content-Disposition, or gives a nameless one the extension of its type', async () => {
      const named = await remoteUpload(open, visitor, `${canary.url}/download`);
      expect(named.body).toMatchObject({ name: 'figures.csv', extension: 'csv', mime_type: 'text/csv' });
      const nameless = await remoteUpload(open, visitor, `${canary.url}/picture`);
      expect(nameless.body).toMatchObject({ name: 'picture.png', extension: 'png', mime_type: 'image/png', size: 9 });
    });

    it('refuses a file whose declared size is over the limit before fetching its body', async () => {
      const before = canary.received.length;
      const res = await remoteUpload(open, visitor, `${canary.url}/huge.png`);
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('file_too_large');
      expect(canary.received.slice(before)).toEqual(['HEAD /huge.png']);
    });

    it('answers 400 invalid_param without a url', async () => {
      const res = await remoteUpload(open, visitor, undefined);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('invalid_param');
    });
  });

  describe('the SSRF guard on both remote-file endpoints', () => {
    it('refuses loopback, private, link-local and metadata addresses, and other schemes, without sending anything', async () => {
      const before = canary.received.length;
      const refused = [
        [`${canary.url}/notes/todo.txt`, 'loopback'],
        [`http://[::ffff:127.0.0.1]:${new URL(canary.url).port}/notes/todo.txt`, 'loopback'],
        [`http://2130706433:${new URL(canary.url).port}/notes/todo.txt`, 'loopback'],
        ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
        ['http://metadata.google.internal/computeMetadata/v1/', 'metadata host name'],
        ['http://10.1.2.3/file.txt', 'private'],
        ['http://localhost:1/file.txt', 'local host name'],
        ['file:///etc/passwd', 'unsupported scheme'],
      ] as const;
      for (const [url, reason] of refused) {
        const upload = await closed.request('POST', '/api/remote-files/upload', { headers: closedVisitor.headers, json: { url } });
        expect(upload.status, url).toBe(400);
        expect(upload.body.code, url).toBe('remote_file_upload_error');
        expect(upload.body.message, url).toContain(reason);
        const info = await closed.request('GET', `/api/remote-files/${encodeURIComponent(url)}`, { headers: closedVisitor.headers });
        expect(info.status, url).toBe(400);
        expect(info.body.code, url).toBe('remote_file_upload_error');
      }
      expect(canary.received.slice(before)).toEqual([]);
      expect(await closed.deps.db.select().from(uploadFiles).where(eq(uploadFiles.createdBy, closedVisitor.endUserId))).toEqual([]);
    });
  });
});
