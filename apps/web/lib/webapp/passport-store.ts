import { readLocal, writeLocal } from './safe-storage';

/**
 * Web-app credentials live in the browser's storage and travel as headers, never as cookies, so a
 * page on another site cannot ride on them. Keys follow Dify's web front end, so a visitor keeps
 * their conversations across both.
 */
const passportKey = (code: string) => `passport-${code}`;
const LOGIN_TOKEN_KEY = 'webapp_access_token';

export const passportStore = {
  get: (code: string) => readLocal(passportKey(code)),
  set: (code: string, token: string) => writeLocal(passportKey(code), token),
  clear: (code: string) => writeLocal(passportKey(code), null),
};

/** The member's web-app sign-in token, exchanged for a passport of a private app. */
export const loginTokenStore = {
  get: () => readLocal(LOGIN_TOKEN_KEY),
  set: (token: string) => writeLocal(LOGIN_TOKEN_KEY, token),
  clear: () => writeLocal(LOGIN_TOKEN_KEY, null),
};
