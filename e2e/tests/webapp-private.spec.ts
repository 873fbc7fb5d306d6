import { expect, test } from '@playwright/test';
import { consoleCall, type SeededApp, seedApp, seedWorkspace, WEBAPP_OWNER, type WebappWorkspace } from './support/webapp-seed';

// A web app open only to its workspace's members asks for sign-in, then lets the member chat.
test.describe.configure({ mode: 'serial' });

let workspace: WebappWorkspace;
let app: SeededApp;

test.beforeAll(async ({ baseURL }) => {
  workspace = await seedWorkspace(baseURL!, 'Web app private');
  app = await seedApp(workspace, 'chat', 'Team Desk', { pre_prompt: 'You answer the team.' });
  await consoleCall(baseURL!, 'POST', '/console/api/enterprise/webapp/app/access-mode', { appId: app.id, accessMode: 'private_all' }, workspace.token);
});

test.afterAll(async () => {
  await workspace?.models.close();
});

test('sends a visitor to sign in, refuses a wrong password, and brings the member back to the chat', async ({ page }) => {
  await page.goto(`/chat/${app.code}`);
  await expect(page).toHaveURL(/\/webapp-signin\?app_code=/);
  await expect(page.getByRole('heading', { name: 'Sign in to use this app' })).toBeVisible();

  await page.getByTestId('webapp-signin-email').fill(WEBAPP_OWNER.email);
  await page.getByTestId('webapp-signin-password').fill('Wrong-passw0rd');
  await page.getByTestId('webapp-signin-submit').click();
  await expect(page.getByTestId('webapp-signin-error')).toHaveText('The email or password is wrong.');

  await page.getByTestId('webapp-signin-password').fill(WEBAPP_OWNER.password);
  await page.getByTestId('webapp-signin-submit').click();
  await expect(page).toHaveURL(new RegExp(`/chat/${app.code}$`));
  await expect(page.getByTestId('webapp-title')).toHaveText('Team Desk');
  await page.getByTestId('webapp-composer-input').fill('Where is the handbook?');
  await page.getByTestId('webapp-composer-input').press('Enter');
  await expect(page.getByTestId('webapp-answer').last()).toContainText('Echo: Where is the handbook?');

  // The sign-in lives in this browser's storage, not in a cookie.
  const cookies = await page.context().cookies();
  expect(cookies.map((cookie) => cookie.name).filter((name) => /passport|webapp/i.test(name))).toEqual([]);
});

test('a sign-in link cannot send the member to another site', async ({ page }) => {
  await page.goto(`/webapp-signin?app_code=${app.code}&redirect_url=${encodeURIComponent('//evil.example/x')}`);
  await page.getByTestId('webapp-signin-email').fill(WEBAPP_OWNER.email);
  await page.getByTestId('webapp-signin-password').fill(WEBAPP_OWNER.password);
  await page.getByTestId('webapp-signin-submit').click();
  await expect(page).toHaveURL(new RegExp(`/chat/${app.code}$`));
});
