/** The inner API's key on every test server (set by the Playwright config, used by specs that call it). */
export const E2E_INNER_API_KEY = 'e2e-inner-api-key';
