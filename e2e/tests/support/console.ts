import { expect, type Page } from '@playwright/test';

export const OWNER = {
  email: 'owner@example.com',
  name: 'Olivia Owner',
  password: 'Passw0rd-e2e',
};

export async function completeSetup(page: Page, owner = OWNER): Promise<void> {
  await page.getByTestId('install-email').fill(owner.email);
  await page.getByTestId('install-name').fill(owner.name);
  await page.getByTestId('install-password').fill(owner.password);
  await page.getByTestId('install-submit').click();
  await expect(page).toHaveURL(/\/signin\?setup=done/);
}

export async function signInWithPassword(page: Page, owner = OWNER): Promise<void> {
  await page.getByTestId('signin-email').fill(owner.email);
  await page.getByTestId('signin-password').fill(owner.password);
  await page.getByTestId('signin-submit').click();
  await expect(page).toHaveURL(/\/apps$/);
}

export async function createChatApp(page: Page, name: string, description: string): Promise<void> {
  await page.getByTestId('create-app').click();
  const dialog = page.getByTestId('app-form-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('mode-option-chat').click();
  await dialog.getByTestId('icon-picker-trigger').click();
  await page.getByTestId('icon-picker').getByTestId('emoji-option').nth(6).click();
  await page.keyboard.press('Escape');
  await dialog.getByTestId('app-name-input').fill(name);
  await dialog.getByTestId('app-description-input').fill(description);
  await dialog.getByTestId('app-form-submit').click();
  await expect(dialog).toBeHidden();
  // A new app opens in the studio; its header names it, and its back link returns to the list.
  await expect(page).toHaveURL(/\/app\/[0-9a-f-]+\/configuration$/);
  await expect(page.getByTestId('studio-app-name')).toHaveText(name);
  await page.getByTestId('studio-back').click();
  await expect(page).toHaveURL(/\/apps$/);
}

export function appCard(page: Page, name: string) {
  return page.getByTestId('app-card').filter({ has: page.getByTestId('app-card-name').getByText(name, { exact: true }) });
}

/** Creates a key, checks the secret is shown once, and returns it. */
export async function createApiKey(page: Page, appName: string): Promise<string> {
  await appCard(page, appName).getByTestId('app-card-menu').click();
  await page.getByTestId('app-action-api-keys').click();
  const dialog = page.getByTestId('api-keys-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('api-keys-empty')).toBeVisible();
  await dialog.getByTestId('api-key-create').click();
  const secretBox = dialog.getByTestId('api-key-secret');
  await expect(secretBox).toHaveText(/^app-[A-Za-z0-9]{24}$/);
  const secret = (await secretBox.textContent()) ?? '';
  const rows = dialog.getByTestId('api-key-row');
  await expect(rows).toHaveCount(1);
  const masked = await rows.first().getByTestId('api-key-masked').textContent();
  expect(masked).toContain('•');
  expect(masked).not.toContain(secret);
  expect(masked?.endsWith(secret.slice(-4))).toBe(true);
  return secret;
}

export async function reopenApiKeys(page: Page, appName: string): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('api-keys-dialog')).toBeHidden();
  await appCard(page, appName).getByTestId('app-card-menu').click();
  await page.getByTestId('app-action-api-keys').click();
  const dialog = page.getByTestId('api-keys-dialog');
  await expect(dialog.getByTestId('api-key-row')).toHaveCount(1);
  // The full secret is shown only right after creation.
  await expect(dialog.getByTestId('api-key-created')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('account-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByTestId('signin-submit')).toBeVisible();
}
