import { expect, test } from '@playwright/test';
import { OWNER } from './support/console';
import { readCodeFromOutbox } from './support/outbox';

// Runs after the English console flow on the same server, so the owner account exists.
// The password reset changes the owner's password: a retry could not sign in the outbox reader.
test.describe.configure({ mode: 'serial', retries: 0 });

test('sign in with a code from the mail outbox', async ({ page, browser, baseURL }) => {
  await page.goto('/signin');
  await page.getByTestId('signin-tab-email-code').click();
  await page.getByTestId('code-email').fill(OWNER.email);
  await page.getByTestId('code-send').click();
  await expect(page.getByTestId('code-sent')).toContainText(OWNER.email);

  await page.getByTestId('code-input').fill('000000');
  await page.getByTestId('code-submit').click();
  await expect(page.getByTestId('signin-error')).toHaveText('The verification code is incorrect.');

  const code = await readCodeFromOutbox(browser, baseURL as string, OWNER.email);
  await page.getByTestId('code-input').fill(code);
  await page.getByTestId('code-submit').click();
  await expect(page).toHaveURL(/\/apps$/);
  await expect(page.getByTestId('page-title')).toHaveText('Apps');
});

test('reset a forgotten password and sign in with the new one', async ({ page, browser, baseURL }) => {
  const newPassword = 'N3w-passw0rd-e2e';
  await page.goto('/signin');
  await page.getByTestId('forgot-password-link').click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByTestId('forgot-email').fill(OWNER.email);
  await page.getByTestId('forgot-submit').click();
  await expect(page.getByTestId('forgot-step-code')).toBeVisible();

  const code = await readCodeFromOutbox(browser, baseURL as string, OWNER.email);
  await page.getByTestId('forgot-code').fill(code);
  await page.getByTestId('forgot-submit').click();
  await expect(page.getByTestId('forgot-step-password')).toBeVisible();

  await page.getByTestId('forgot-new-password').fill(newPassword);
  await page.getByTestId('forgot-confirm-password').fill(`${newPassword}x`);
  await page.getByTestId('forgot-submit').click();
  await expect(page.getByTestId('forgot-error')).toHaveText('The passwords do not match.');
  await page.getByTestId('forgot-confirm-password').fill(newPassword);
  await page.getByTestId('forgot-submit').click();

  await expect(page).toHaveURL(/\/signin\?reset=done/);
  await expect(page.getByTestId('signin-notice')).toHaveText('Your password was changed. Sign in with the new one.');
  await page.getByTestId('signin-email').fill(OWNER.email);
  await page.getByTestId('signin-password').fill(OWNER.password);
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('signin-error')).toHaveText('Invalid email or password.');
  await page.getByTestId('signin-password').fill(newPassword);
  await page.getByTestId('signin-submit').click();
  await expect(page).toHaveURL(/\/apps$/);
});
