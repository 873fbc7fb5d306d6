import { type Browser, expect } from '@playwright/test';
import { OWNER } from './console';

/**
 * Without SMTP, Tessera keeps every mail in the outbox that owners read in the console. Reads the
 * newest code mailed to `to` from a second, separately signed-in browser context.
 */
export async function readCodeFromOutbox(
  browser: Browser,
  baseURL: string,
  to: string,
  owner: { email: string; password: string } = OWNER,
): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  try {
    await page.goto('/signin');
    await page.getByTestId('signin-email').fill(owner.email);
    await page.getByTestId('signin-password').fill(owner.password);
    await page.getByTestId('signin-submit').click();
    await expect(page).toHaveURL(/\/apps$/);
    await page.goto('/mail-outbox');
    const row = page.getByTestId('outbox-row').filter({ hasText: to }).first();
    await row.getByRole('button').click();
    const text = (await page.getByTestId('outbox-text').first().textContent()) ?? '';
    const code = /\b(\d{6})\b/.exec(text)?.[1];
    expect(code, `a six-digit code in: ${text}`).toBeTruthy();
    return code as string;
  } finally {
    await context.close();
  }
}
