import { expect, test } from '@playwright/test';
import {
  appCard,
  completeSetup,
  createApiKey,
  createChatApp,
  OWNER,
  reopenApiKeys,
  signInWithPassword,
  signOut,
} from './support/console';

test.describe.configure({ mode: 'serial' });

test('set up, sign in, create an app and an API key, sign out (English)', async ({ page, request }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/install$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('install-title')).toHaveText('Set up your admin account');

  await completeSetup(page);
  await expect(page.getByTestId('signin-title')).toHaveText('Sign in to Tessera');
  await expect(page.getByTestId('signin-notice')).toBeVisible();

  // A wrong password is refused with a readable message.
  await page.getByTestId('signin-email').fill(OWNER.email);
  await page.getByTestId('signin-password').fill('wrong-password-1');
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('signin-error')).toHaveText('Invalid email or password.');

  await signInWithPassword(page);
  await expect(page.getByTestId('page-title')).toHaveText('Apps');
  await expect(page.getByTestId('apps-empty')).toContainText('No apps yet');
  await expect(page.getByTestId('workspace-current-name')).toHaveText(`${OWNER.name}'s Workspace`);

  await createChatApp(page, 'Support Bot', 'Answers customer questions.');
  const card = appCard(page, 'Support Bot');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('app-card-mode')).toHaveText('Chatbot');
  await expect(card.getByTestId('app-card-description')).toHaveText('Answers customer questions.');

  // Filters: name search and mode.
  await page.getByTestId('app-search').fill('support');
  await expect(card).toBeVisible();
  await page.getByTestId('app-search').fill('no such app');
  await expect(page.getByTestId('apps-empty')).toContainText('No apps match your filters.');
  await page.getByTestId('app-search').fill('');
  await page.getByTestId('mode-filter-workflow').click();
  await expect(page.getByTestId('apps-empty')).toBeVisible();
  await page.getByTestId('mode-filter-chat').click();
  await expect(card).toBeVisible();
  await page.getByTestId('mode-filter-all').click();

  const secret = await createApiKey(page, 'Support Bot');
  await expect(page.getByTestId('api-keys-dialog')).toContainText('Your new API key');
  await reopenApiKeys(page, 'Support Bot');

  // The key really authenticates the Service API.
  const info = await request.get('/v1/info', { headers: { Authorization: `Bearer ${secret}` } });
  expect(info.status()).toBe(200);
  expect((await info.json()).name).toBe('Support Bot');

  // A copy of the next-auth cookie serves the typed RPC mount until sign-out, and nothing after it.
  const sessionCookie = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(sessionCookie).toBeDefined();
  const replay = () => request.get('/api/trpc/account.profile', { headers: { cookie: `${sessionCookie!.name}=${sessionCookie!.value}` } });
  expect((await replay()).status()).toBe(200);

  await signOut(page);
  await expect(page.getByTestId('signin-title')).toHaveText('Sign in to Tessera');
  await page.goto('/apps');
  await expect(page).toHaveURL(/\/signin/);
  expect((await replay()).status()).toBe(401);
});

test('manage apps, members and workspaces (English)', async ({ page, browser }) => {
  await page.goto('/signin');
  await signInWithPassword(page);

  // Edit the app's name and description.
  await appCard(page, 'Support Bot').getByTestId('app-card-menu').click();
  await page.getByTestId('app-action-edit').click();
  const form = page.getByTestId('app-form-dialog');
  await expect(form.getByTestId('app-name-input')).toHaveValue('Support Bot');
  await form.getByTestId('app-name-input').fill('Helpdesk Bot');
  await form.getByTestId('app-description-input').fill('Answers helpdesk tickets.');
  await form.getByTestId('app-form-submit').click();
  await expect(form).toBeHidden();
  await expect(appCard(page, 'Helpdesk Bot').getByTestId('app-card-description')).toHaveText('Answers helpdesk tickets.');

  // Duplicate it.
  await appCard(page, 'Helpdesk Bot').getByTestId('app-card-menu').click();
  await page.getByTestId('app-action-duplicate').click();
  await expect(form.getByTestId('app-name-input')).toHaveValue('Helpdesk Bot (copy)');
  await form.getByTestId('app-form-submit').click();
  await expect(form).toBeHidden();
  await expect(appCard(page, 'Helpdesk Bot (copy)')).toBeVisible();
  await expect(page.getByTestId('apps-total')).toHaveText('2 apps');

  // Export the DSL as a YAML file.
  await appCard(page, 'Helpdesk Bot').getByTestId('app-card-menu').click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('app-action-export').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Helpdesk Bot.yml');
  const yaml = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(yaml).toString('utf8');
  expect(text).toContain('kind: app');
  expect(text).toContain('name: Helpdesk Bot');

  // Delete the copy after confirming.
  await appCard(page, 'Helpdesk Bot (copy)').getByTestId('app-card-menu').click();
  await page.getByTestId('app-action-delete').click();
  const confirm = page.getByTestId('delete-app-dialog');
  await expect(confirm).toContainText('Helpdesk Bot (copy)');
  await confirm.getByTestId('confirm-action').click();
  await expect(confirm).toBeHidden();
  await expect(appCard(page, 'Helpdesk Bot (copy)')).toHaveCount(0);
  await expect(page.getByTestId('apps-total')).toHaveText('1 app');

  // Members: invite, change the role, remove.
  await page.getByTestId('nav-members').click();
  await expect(page.getByTestId('page-title')).toHaveText('Members');
  await page.getByTestId('invite-members').click();
  await page.getByTestId('invite-emails').fill('bob@example.com, carol@example.com');
  await page.getByTestId('invite-role').click();
  await page.getByTestId('invite-role-editor').click();
  await page.getByTestId('invite-submit').click();
  await expect(page.getByTestId('invitation-result')).toHaveCount(2);
  const bobResult = page.getByTestId('invitation-result').filter({ hasText: 'bob@example.com' });
  const inviteUrl = (await bobResult.getByTestId('invitation-url').textContent()) ?? '';
  expect(inviteUrl).toContain('/activate?');
  await page.getByTestId('invite-done').click();

  // Bob follows the link, names his account, chooses a password and lands in the workspace.
  const bobContext = await browser.newContext();
  const bobPage = await bobContext.newPage();
  await bobPage.goto(inviteUrl);
  await expect(bobPage.getByTestId('activate-title')).toHaveText('Join your team');
  await bobPage.getByTestId('activate-name').fill('Bob');
  await bobPage.getByTestId('activate-password').fill('B0b-password');
  await bobPage.getByTestId('activate-submit').click();
  await expect(bobPage).toHaveURL(/\/apps$/);
  await expect(bobPage.getByTestId('workspace-current-name')).toHaveText(`${OWNER.name}'s Workspace`);
  // An editor may create apps but not invite members.
  await expect(bobPage.getByTestId('create-app')).toBeVisible();
  await bobPage.getByTestId('nav-members').click();
  await expect(bobPage.getByTestId('members-table')).toBeVisible();
  await expect(bobPage.getByTestId('invite-members')).toHaveCount(0);
  await expect(bobPage.getByTestId('member-remove')).toHaveCount(0);
  await bobContext.close();
  await page.reload();

  const bob = page.locator('[data-testid="member-row"][data-email="bob@example.com"]');
  await expect(bob.getByTestId('member-role-select')).toHaveText('Editor');
  await bob.getByTestId('member-role-select').click();
  await page.getByRole('option', { name: 'Admin', exact: true }).click();
  await expect(bob.getByTestId('member-role-select')).toHaveText('Admin');
  await page.reload();
  await expect(bob.getByTestId('member-role-select')).toHaveText('Admin');

  const carol = page.locator('[data-testid="member-row"][data-email="carol@example.com"]');
  // At phone width each member is a card: status, role and removal stay on screen and work.
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  for (const control of [bob.getByTestId('member-status'), bob.getByTestId('member-role-select'), carol.getByTestId('member-status'), carol.getByTestId('member-remove')]) {
    await control.scrollIntoViewIfNeeded();
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await bob.getByTestId('member-role-select').click();
  await page.getByRole('option', { name: 'Editor', exact: true }).click();
  await expect(bob.getByTestId('member-role-select')).toHaveText('Editor');
  await page.setViewportSize(desktop);
  await carol.getByTestId('member-remove').click();
  await page.getByTestId('remove-member-dialog').getByTestId('confirm-action').click();
  await expect(carol).toHaveCount(0);
  await expect(page.getByTestId('member-row')).toHaveCount(2);
  // The owner cannot act on themselves.
  const owner = page.locator(`[data-testid="member-row"][data-email="${OWNER.email}"]`);
  await expect(owner.getByTestId('member-role')).toHaveText('Owner');
  await expect(owner.getByTestId('member-remove')).toHaveCount(0);

  // Workspaces: create one (it becomes current), then switch back.
  await page.getByTestId('workspace-switcher').click();
  await page.getByTestId('workspace-create').click();
  await page.getByTestId('workspace-name-input').fill('Research');
  await page.getByTestId('workspace-name-submit').click();
  await expect(page.getByTestId('workspace-current-name')).toHaveText('Research');
  await page.getByTestId('nav-apps').click();
  await expect(page.getByTestId('apps-empty')).toBeVisible();
  await page.getByTestId('workspace-switcher').click();
  await page.getByTestId('workspace-option').filter({ hasText: `${OWNER.name}'s Workspace` }).click();
  await expect(page.getByTestId('workspace-current-name')).toHaveText(`${OWNER.name}'s Workspace`);
  await expect(appCard(page, 'Helpdesk Bot')).toBeVisible();

  // The API reference sits in the console and renders the public surfaces' OpenAPI documents.
  await page.getByTestId('nav-api-reference').click();
  await expect(page.getByTestId('page-title')).toHaveText('API reference');
  await expect(page.getByTestId('api-title')).toContainText('Tessera Service API');
});

test('the API reference loads each public surface on demand, searches and opens an endpoint', async ({ page }) => {
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/openapi.json')) documents.push(new URL(request.url()).pathname);
  });
  // The reference now lives in the console: the same address asks for a sign-in first.
  await page.goto('/api-reference');
  await expect(page).toHaveURL(/\/signin$/);
  await signInWithPassword(page);
  await page.goto('/api-reference');
  await expect(page.getByTestId('top-bar')).toBeVisible();
  await expect(page.getByTestId('api-title')).toContainText('Tessera Service API');
  expect(documents).toEqual(['/v1/openapi.json']);
  await expect(page.getByTestId('api-surface-inner')).toHaveCount(0);

  await page.getByTestId('api-search').fill('chat-messages');
  const operation = page.locator('[data-testid="api-operation"][data-method="post"][data-path="/chat-messages"]');
  await expect(operation).toBeVisible();
  await expect(page.locator('[data-testid="api-operation"][data-path="/conversations"]')).toHaveCount(0);
  await operation.locator(':scope > summary').click();
  await expect(operation.getByTestId('api-request-body').locator('[data-testid="schema-field"][data-field="query"]')).toBeVisible();
  await expect(operation.locator('[data-testid="api-response"][data-status="200"]')).toBeVisible();

  await page.getByTestId('api-surface-web').click();
  await expect(page.getByTestId('api-title')).toContainText('Tessera Web App API');
  await page.getByTestId('api-surface-console').click();
  await expect(page.getByTestId('api-title')).toContainText('Tessera Console API');
  expect(documents).toEqual(['/v1/openapi.json', '/api/openapi.json', '/console/api/openapi.json']);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the console follows the system’s dark setting', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/signin');
  await signInWithPassword(page);
  for (const route of ['/members', '/api-reference']) {
    await page.goto(route);
    await expect(page.getByTestId('page-title')).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // Dark: the lightness of the body's background (oklch or rgb) is low.
    const channels = (background.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lightness = background.startsWith('oklch') ? channels[0]! * 255 : Math.max(...channels);
    expect(lightness, `${route}: ${background}`).toBeLessThan(80);
    const file = testInfo.outputPath(`console${route.replaceAll('/', '-')}-dark.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`console${route.replaceAll('/', '-')}-dark`, { path: file, contentType: 'image/png' });
  }
});
