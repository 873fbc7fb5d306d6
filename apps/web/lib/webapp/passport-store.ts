/**
 * Web-app credentials live in the browser's storage and travel as headers, never as cookies, so a
 * page on another site cannot ride on them. Keys follow Dify's web front end, so a visitor keeps
 * their conversations across both.
 */
const passportKey = (code: string) => `passport-${code}`;
const LOGIN_TOKEN_KEY = 'webapp_access_token';

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // storage can be refused (third-party frames with cookies blocked): fall back to memory
    return undefined;
  }
}

const memory = new Map<string, string>();

function read(key: string): string | null {
  return storage()?.getItem(key) ?? memory.get(key) ?? null;
}

function write(key: string, value: string | null): void {
  const store = storage();
  if (value === null) {
    store?.removeItem(key);
    memory.delete(key);
  } else if (store) store.setItem(key, value);
  else memory.set(key, value);
}

export const passportStore = {
  get: (code: string) => read(passportKey(code)),
  set: (code: string, token: string) => write(passportKey(code), token),
  clear: (code: string) => write(passportKey(code), null),
};

/** The member's web-app sign-in token, exchanged for a passport of a private app. */
export const loginTokenStore = {
  get: () => read(LOGIN_TOKEN_KEY),
  set: (token: string) => write(LOGIN_TOKEN_KEY, token),
  clear: () => write(LOGIN_TOKEN_KEY, null),
};
