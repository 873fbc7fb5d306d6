import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sites } from '@tessera/db';
import { seedMember, seedPassport } from '../../../../testing';
import { useIntegrationFixture } from '../../../../testing/fixtures';
import { createAppAs, createKeyAs } from '../test-helpers';

const SITE_KEYS = [
  'access_token', 'app_base_url', 'app_id', 'chat_color_theme', 'chat_color_theme_inverted', 'code', 'copyright', 'created_at',
  'created_by', 'custom_disclaimer', 'customize_domain', 'customize_token_strategy', 'default_language', 'description', 'icon',
  'icon_background', 'icon_type', 'icon_url', 'privacy_policy', 'prompt_public', 'show_workflow_steps', 'title', 'updated_at',
  'updated_by', 'use_icon_as_answer_icon',
];

describe('console web-app site settings', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });

  const siteRow = async (appId: string) => (await fx.app.deps.db.select().from(sites).where(eq(sites.appId, appId)))[0]!;

  it("changes the given settings, keeps the rest, and answers Dify's site fields", async () => {
    const created = await createAppAs(fx.app, fx.owner, { name: 'Front desk' });
    const before = await siteRow(created.id);
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    const res = await fx.app.request('POST', `/console/api/apps/${created.id}/site`, {
      token: editor.token,
      json: {
        title: 'Ask the front desk',
        description: 'We answer day and night',
        default_language: 'fr-FR',
        chat_color_theme: '#1C64F2',
        chat_color_theme_inverted: true,
        copyright: 'Hotel Ltd',
        privacy_policy: 'https://example.com/privacy',
        custom_disclaimer: 'Answers may be wrong.',
        customize_token_strategy: 'allow',
        prompt_public: true,
        show_workflow_steps: 'false',
        use_icon_as_answer_icon: true,
        icon: null,
      },
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(SITE_KEYS);
    expect(res.body).toMatchObject({
      app_id: created.id,
      access_token: before.code,
      code: before.code,
      title: 'Ask the front desk',
      icon: before.icon,
      default_language: 'fr-FR',
      chat_color_theme: '#1C64F2',
      chat_color_theme_inverted: true,
      custom_disclaimer: 'Answers may be wrong.',
      customize_token_strategy: 'allow',
      prompt_public: true,
      show_workflow_steps: false,
      use_icon_as_answer_icon: true,
      updated_by: editor.accountId,
    });
    const detail = await fx.app.request('GET', `/console/api/apps/${created.id}`, { token: fx.owner.token });
    expect(detail.body.site).toMatchObject({ title: 'Ask the front desk', copyright: 'Hotel Ltd', show_workflow_steps: false });
    // The app keeps its name: the site title is the web app's own.
    expect(detail.body.name).toBe('Front desk');
    const key = await createKeyAs(fx.app, fx.owner, created.id);
    const served = await fx.app.request('GET', '/v1/site', { token: key.token });
    expect(served.body).toMatchObject({ title: 'Ask the front desk', description: 'We answer day and night', privacy_policy: 'https://example.com/privacy' });

    const untouched = await fx.app.request('POST', `/console/api/apps/${created.id}/site`, { token: fx.owner.token, json: { copyright: 'Hotel Group' } });
    expect(untouched.body).toMatchObject({ copyright: 'Hotel Group', title: 'Ask the front desk', default_language: 'fr-FR' });
  });

  it("refuses settings Dify refuses, and icons that are not the workspace's own files", async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const before = await siteRow(created.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ default_language: 'xx-YY' }, 'xx-YY is not a valid language.'],
      [{ customize_token_strategy: 'sometimes' }, 'customize_token_strategy'],
      [{ icon_type: 'sticker' }, 'icon_type'],
      [{ icon_type: 'image', icon: '5b0d0a2e-0c4e-4f57-9a3f-2f5c8b1c9d11' }, 'icon: must be the id of a file uploaded to this workspace'],
      [{ prompt_public: 'maybe' }, 'prompt_public'],
    ];
    for (const [json, message] of cases) {
      const res = await fx.app.request('POST', `/console/api/apps/${created.id}/site`, { token: fx.owner.token, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.body.code).toBe('invalid_param');
      expect(res.body.message).toContain(message);
    }
    expect(await siteRow(created.id)).toEqual(before);
  });

  it('gives the web app a new address that ends every passport of the old one', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const old = await seedPassport(fx.app, created.id);
    expect((await fx.app.request('GET', '/api/parameters', { headers: old.headers })).status).toBe(200);

    const admin = await seedMember(fx.app, fx.owner.workspaceId, 'admin');
    const res = await fx.app.request('POST', `/console/api/apps/${created.id}/site/access-token-reset`, { token: admin.token });
    expect(res.status).toBe(200);
    expect(res.body.code).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(res.body.code).not.toBe(old.siteCode);
    expect(res.body).toMatchObject({ access_token: res.body.code, app_id: created.id, updated_by: admin.accountId });
    expect((await siteRow(created.id)).code).toBe(res.body.code);

    const stale = await fx.app.request('GET', '/api/parameters', { headers: old.headers });
    expect(stale.status).toBe(400);
    expect(stale.body).toMatchObject({ code: 'bad_request', message: 'Site URL is no longer valid.' });
    const fresh = await seedPassport(fx.app, created.id);
    expect(fresh.siteCode).toBe(res.body.code);
    expect((await fx.app.request('GET', '/api/parameters', { headers: fresh.headers })).status).toBe(200);
  });

  it('lets editors change settings and only admins and the owner reset the address', async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const code = (await siteRow(created.id)).code;
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const editor = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    const settings = await fx.app.request('POST', `/console/api/apps/${created.id}/site`, { token: normal.token, json: { title: 'No' } });
    expect(settings.status).toBe(403);
    expect(settings.body.code).toBe('forbidden');
    for (const user of [normal, editor]) {
      const reset = await fx.app.request('POST', `/console/api/apps/${created.id}/site/access-token-reset`, { token: user.token });
      expect(reset.status).toBe(403);
    }
    expect((await siteRow(created.id)).code).toBe(code);
    expect((await fx.app.request('POST', `/console/api/apps/${created.id}/site`, { json: { title: 'No' } })).status).toBe(401);
  });

  it("never changes another workspace's web app", async () => {
    const created = await createAppAs(fx.app, fx.owner);
    const before = await siteRow(created.id);
    for (const [path, json] of [
      [`/console/api/apps/${created.id}/site`, { title: 'Taken over' }],
      [`/console/api/apps/${created.id}/site/access-token-reset`, undefined],
    ] as const) {
      const res = await fx.app.request('POST', path, { token: fx.other.token, json });
      expect(res.status, path).toBe(404);
      expect(res.body.code).toBe('app_not_found');
    }
    expect(await siteRow(created.id)).toEqual(before);
  });
});
