import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apps, sites, workspaces } from '@tessera/db';
import { createTestApp, passportFor, passportHeaders, seedMember, type SeededUser, setWebAppAccess, siteCodeOf, webAppLogin } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { createAppAs } from '../../console/apps/test-helpers';

describe('what a web app asks before and besides its passport', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });

  const webApp = async (user: SeededUser = fx.owner, body: Record<string, unknown> = {}) => {
    const created = await createAppAs(fx.app, user, body);
    return { appId: created.id, workspaceId: user.workspaceId, code: await siteCodeOf(fx.app, created.id) };
  };

  describe('GET /api/webapp/access-mode', () => {
    const accessMode = (query: Record<string, string>) => fx.app.request('GET', '/api/webapp/access-mode', { query });

    it('answers the mode by app id or by code, the code winning', async () => {
      const open = await webApp();
      const closed = await webApp();
      await setWebAppAccess(fx.app, closed, 'private_all');
      expect((await accessMode({ appId: open.appId })).body).toEqual({ accessMode: 'public' });
      expect((await accessMode({ appCode: closed.code })).body).toEqual({ accessMode: 'private_all' });
      expect((await accessMode({ appId: open.appId, appCode: closed.code })).body).toEqual({ accessMode: 'private_all' });
    });

    it('reads a mode Tessera does not serve as private, never as public', async () => {
      const web = await webApp();
      await fx.app.deps.db.update(apps).set({ accessMode: 'sso_verified' }).where(eq(apps.id, web.appId));
      expect((await accessMode({ appId: web.appId })).body).toEqual({ accessMode: 'private' });
      const res = await fx.app.request('GET', '/api/passport', { headers: { 'X-App-Code': web.code } });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('web_sso_auth_required');
    });

    it('needs an id or a code, and answers 404 for unknown ones', async () => {
      const neither = await accessMode({});
      expect(neither.status).toBe(400);
      expect(neither.body).toEqual({ code: 'invalid_param', message: 'appId or appCode must be provided', status: 400 });
      const unknowns: Record<string, string>[] = [{ appId: '00000000-0000-4000-8000-000000000000' }, { appId: 'not-a-uuid' }, { appCode: 'NoSuchCode000000' }];
      for (const query of unknowns) {
        const res = await accessMode(query);
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('app_not_found');
      }
    });
  });

  describe('GET /api/webapp/permission', () => {
    const permission = (appId: string | undefined, headers: Record<string, string>) =>
      fx.app.request('GET', '/api/webapp/permission', { query: appId ? { appId } : {}, headers });

    it('needs appId and X-App-Code', async () => {
      const web = await webApp();
      for (const res of [await permission(web.appId, {}), await permission(undefined, { 'X-App-Code': web.code })]) {
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ code: 'invalid_param', message: 'appId must be provided' });
      }
    });

    it('admits anyone to a public app, without a passport', async () => {
      const web = await webApp();
      const res = await permission(web.appId, { 'X-App-Code': web.code });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ result: true });
    });

    it('for a private app: 401 without a passport, true for a chosen member, false once they are no longer chosen', async () => {
      const member = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
      const web = await webApp();
      await setWebAppAccess(fx.app, web, 'private', [member.accountId]);
      const missing = await permission(web.appId, { 'X-App-Code': web.code });
      expect(missing.status).toBe(401);
      expect(missing.body).toEqual({ code: 'unauthorized', message: 'Access token is missing.', status: 401 });

      const passport = await passportFor(fx.app, web.code, { loginToken: await webAppLogin(fx.app, member.email) });
      expect((await permission(web.appId, passportHeaders(web.code, passport))).body).toEqual({ result: true });
      await setWebAppAccess(fx.app, web, 'private', []);
      expect((await permission(web.appId, passportHeaders(web.code, passport))).body).toEqual({ result: false });
    });

    it("answers false for a visitor's passport, and for a passport of another app or workspace", async () => {
      const web = await webApp();
      const visitor = await passportFor(fx.app, web.code);
      await setWebAppAccess(fx.app, web, 'private_all');
      expect((await permission(web.appId, passportHeaders(web.code, visitor))).body).toEqual({ result: false });

      const theirs = await webApp(fx.other);
      await setWebAppAccess(fx.app, theirs, 'private_all');
      const theirPassport = await passportFor(fx.app, theirs.code, { loginToken: await webAppLogin(fx.app, fx.other.email) });
      expect((await permission(web.appId, passportHeaders(web.code, theirPassport))).body).toEqual({ result: false });
      expect((await permission(web.appId, passportHeaders(theirs.code, theirPassport))).body).toEqual({ result: false });
      expect((await permission(theirs.appId, passportHeaders(theirs.code, theirPassport))).body).toEqual({ result: true });
    });

    it('refuses a broken passport with 401 and an unknown app with 404', async () => {
      const web = await webApp();
      await setWebAppAccess(fx.app, web, 'private_all');
      const broken = await permission(web.appId, passportHeaders(web.code, 'not-a-jwt'));
      expect(broken.status).toBe(401);
      expect(broken.body.message).toBe('Invalid token.');
      const unknown = await permission('00000000-0000-4000-8000-000000000000', { 'X-App-Code': web.code });
      expect(unknown.status).toBe(404);
    });
  });

  describe('GET /api/system-features', () => {
    it("answers Dify's system features with Tessera's truths", async () => {
      const res = await fx.app.request('GET', '/api/system-features');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        sso_enforced_for_signin: false,
        enable_marketplace: false,
        enable_email_code_login: true,
        enable_email_password_login: true,
        enable_social_oauth_login: false,
        is_allow_register: false,
        is_allow_create_workspace: true,
        is_email_setup: false,
        license: { status: 'none' },
        branding: { enabled: false },
        webapp_auth: { enabled: true, allow_sso: false, allow_email_code_login: true, allow_email_password_login: true },
        plugin_manager: { enabled: false },
      });
    });

    it('follows the configuration for registration, workspace creation and mail', async () => {
      const configured = await createTestApp({
        allowRegister: true,
        allowCreateWorkspace: false,
        smtp: { host: '127.0.0.1', port: 2525, secure: false, from: 'no-reply@example.com' },
      });
      try {
        const res = await configured.request('GET', '/api/system-features');
        expect(res.body).toMatchObject({ is_allow_register: true, is_allow_create_workspace: false, is_email_setup: true });
      } finally {
        await configured.close();
      }
    });
  });

  describe('GET /api/site', () => {
    it("answers the passport's app with its site settings (skeleton A)", async () => {
      const web = await webApp(fx.owner, { name: 'Helpdesk', icon: '🐳', icon_background: '#D1E9FF' });
      await fx.app.deps.db.update(sites).set({ copyright: '© Acme', promptPublic: true }).where(eq(sites.appId, web.appId));
      const passport = await passportFor(fx.app, web.code);
      const res = await fx.app.request('GET', '/api/site', { headers: passportHeaders(web.code, passport) });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        app_id: web.appId,
        end_user_id: JSON.parse(Buffer.from(passport.split('.')[1]!, 'base64url').toString()).end_user_id,
        enable_site: true,
        site: {
          title: 'Helpdesk',
          chat_color_theme: null,
          chat_color_theme_inverted: false,
          icon_type: 'emoji',
          icon: '🐳',
          icon_background: '#D1E9FF',
          icon_url: null,
          description: null,
          copyright: '© Acme',
          privacy_policy: null,
          custom_disclaimer: '',
          default_language: 'en-US',
          prompt_public: true,
          show_workflow_steps: true,
          use_icon_as_answer_icon: false,
        },
        model_config: null,
        plan: 'basic',
        can_replace_logo: false,
        custom_config: null,
      });
    });

    it("refuses a passport of another workspace's app sent with this app's code", async () => {
      const mine = await webApp();
      const theirs = await webApp(fx.other);
      const theirPassport = await passportFor(fx.app, theirs.code);
      const res = await fx.app.request('GET', '/api/site', { headers: passportHeaders(mine.code, theirPassport) });
      expect(res.status).toBe(401);
      expect(res.body.message).toBe('The passport is for another app.');
    });

    it('needs a passport, and answers 403 once the workspace is archived', async () => {
      const web = await webApp(fx.other);
      const missing = await fx.app.request('GET', '/api/site', { headers: { 'X-App-Code': web.code } });
      expect(missing.status).toBe(401);
      expect(missing.body).toEqual({ code: 'unauthorized', message: 'App token is missing.', status: 401 });
      const passport = await passportFor(fx.app, web.code);
      await fx.app.deps.db.update(workspaces).set({ status: 'archive' }).where(eq(workspaces.id, fx.other.workspaceId));
      const archived = await fx.app.request('GET', '/api/site', { headers: passportHeaders(web.code, passport) });
      expect(archived.status).toBe(403);
      expect(archived.body.code).toBe('forbidden');
    });
  });
});
