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

test('set up, sign in, create an app and an API key, sign out (Simplified Chinese)', async ({ page }) => {
  await page.goto('/install');
  await expect(page.getByTestId('install-title')).toHaveText('Set up your admin account');

  await page.getByTestId('language-switcher').click();
  await page.getByTestId('language-option-zh-Hans').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByTestId('install-title')).toHaveText('设置管理员账户');
  await expect(page.getByTestId('install-submit')).toHaveText('设置');
  await expect(page.getByText('邮箱', { exact: true })).toBeVisible();

  await completeSetup(page);
  await expect(page.getByTestId('signin-title')).toHaveText('登录 Tessera');
  await expect(page.getByTestId('signin-notice')).toHaveText('账户已就绪，请登录以继续。');
  await expect(page.getByTestId('signin-tab-password')).toHaveText('密码登录');
  await expect(page.getByTestId('signin-tab-email-code')).toHaveText('验证码登录');
  await expect(page.getByTestId('signin-submit')).toHaveText('登录');

  await signInWithPassword(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByTestId('page-title')).toHaveText('应用');
  await expect(page.getByTestId('create-app')).toHaveText('创建应用');
  await expect(page.getByTestId('nav-members')).toHaveText('成员');
  await expect(page.getByTestId('apps-empty')).toContainText('还没有应用');

  await page.getByTestId('create-app').click();
  await expect(page.getByTestId('app-form-dialog')).toContainText('应用类型');
  await expect(page.getByTestId('mode-option-chat')).toContainText('聊天助手');
  await expect(page.getByTestId('mode-option-workflow')).toContainText('工作流');
  await page.keyboard.press('Escape');

  await createChatApp(page, '客服助手', '回答客户的问题。');
  const card = appCard(page, '客服助手');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('app-card-mode')).toHaveText('聊天助手');

  await card.getByTestId('app-card-menu').click();
  await expect(page.getByTestId('app-action-api-keys')).toHaveText('API 密钥');
  await expect(page.getByTestId('app-action-export')).toHaveText('导出 DSL');
  await page.keyboard.press('Escape');

  await createApiKey(page, '客服助手');
  const dialog = page.getByTestId('api-keys-dialog');
  await expect(dialog).toContainText('新的 API 密钥');
  await expect(dialog.getByTestId('api-key-create')).toHaveText('创建 API 密钥');
  await reopenApiKeys(page, '客服助手');

  await page.getByTestId('account-menu').click();
  await expect(page.getByTestId('sign-out')).toHaveText('退出登录');
  await expect(page.getByTestId('account-email')).toHaveText(OWNER.email);
  await page.keyboard.press('Escape');

  await signOut(page);
  await expect(page.getByTestId('signin-title')).toHaveText('登录 Tessera');
});

test('the API reference speaks the console’s language (Simplified Chinese)', async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: 'locale', value: 'zh-Hans', url: baseURL! }]);
  await page.goto('/signin');
  await signInWithPassword(page);
  await page.goto('/api-reference');
  await expect(page.getByTestId('page-title')).toHaveText('API 参考');
  await expect(page.getByTestId('api-surface-service')).toHaveText('服务 API');
  await expect(page.getByTestId('api-search')).toHaveAttribute('placeholder', '搜索接口');
  await expect(page.getByTestId('api-title')).toContainText('Tessera Service API');
});

test('the server renders the chosen language in the first HTML, with no English to flash first', async ({ request }) => {
  const fromCookie = await (await request.get('/signin', { headers: { cookie: 'locale=zh-Hans', 'accept-language': 'en-US' } })).text();
  expect(fromCookie).toContain('<html lang="zh-Hans"');
  expect(fromCookie).toContain('登录 Tessera');
  expect(fromCookie).not.toContain('Sign in to Tessera');

  // Without a cookie the browser's language decides.
  const fromBrowser = await (await request.get('/signin', { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } })).text();
  expect(fromBrowser).toContain('<html lang="zh-Hans"');
  expect(fromBrowser).toContain('登录 Tessera');

  const english = await (await request.get('/signin', { headers: { cookie: 'locale=en-US', 'accept-language': 'zh-CN' } })).text();
  expect(english).toContain('<html lang="en"');
  expect(english).toContain('Sign in to Tessera');
});
