import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, seedOwner, seedWorkspace, tallyAnswers as tally, TEST_PASSWORD, type TestApp } from '../../../testing';

const DAY_MS = 86_400_000;
// Dify locks an email once more than five failures are recorded: six wrong passwords are checked.
const CHECKED_PER_EMAIL = 6;
// More than fifty failures from one address refuse it: fifty-one are checked.
const CHECKED_PER_IP = 51;

// Each test gets its own app: every request comes from the same address, so the per-IP counter
// must start empty.
describe('password sign-in under parallel guesses', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
    await seedOwner(app);
  });
  afterEach(async () => app?.close());

  const login = (email: string, password: string) => app.request('POST', '/console/api/login', { json: { email, password } });

  it('checks at most the limit of sixty parallel wrong passwords and refuses the rest with the lockout', async () => {
    const account = await seedWorkspace(app);
    const answers = await Promise.all(Array.from({ length: 60 }, () => login(account.email, 'wrong-pass1')));
    const counts = tally(answers);
    expect(counts['401 authentication_failed']).toBe(CHECKED_PER_EMAIL);
    expect(counts['429 email_code_login_limit']).toBe(60 - CHECKED_PER_EMAIL);
    const refused = answers.find((res) => res.status === 429)!;
    expect(refused.body).toEqual({
      code: 'email_code_login_limit',
      message: 'Too many login attempts. Please try again in 24 hours.',
      status: 429,
    });
  });

  it('refuses the right password at the end of a parallel burst of wrong ones, until the lockout window passes', async () => {
    const account = await seedWorkspace(app);
    const burst = [...Array.from({ length: 40 }, () => 'wrong-pass1'), TEST_PASSWORD];
    const answers = await Promise.all(burst.map((password) => login(account.email, password)));
    expect(tally([answers.at(-1)!])).toEqual({ '429 email_code_login_limit': 1 });
    expect(tally(answers)).toEqual({
      '401 authentication_failed': CHECKED_PER_EMAIL,
      '429 email_code_login_limit': 41 - CHECKED_PER_EMAIL,
    });

    app.advanceClock(DAY_MS - 60_000);
    expect(tally([await login(account.email, TEST_PASSWORD)])).toEqual({ '429 email_code_login_limit': 1 });
    app.advanceClock(2 * 60_000);
    const signedIn = await login(account.email, TEST_PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data.access_token).toMatch(/^ey/);

    // The success cleared the count: a new burst is checked up to the full limit again.
    const again = await Promise.all(Array.from({ length: 10 }, () => login(account.email, 'wrong-pass1')));
    expect(tally(again)).toEqual({
      '401 authentication_failed': CHECKED_PER_EMAIL,
      '429 email_code_login_limit': 10 - CHECKED_PER_EMAIL,
    });
  });

  it('checks at most the per-address limit of a parallel spray over many emails', async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => login(`spray-${i}@example.com`, 'wrong-pass1')));
    expect(tally(answers)).toEqual({
      '401 authentication_failed': CHECKED_PER_IP,
      '429 too_many_requests': 60 - CHECKED_PER_IP,
    });
  });

  it('does not count successful sign-ins against the address', async () => {
    const account = await seedWorkspace(app);
    for (let i = 0; i < CHECKED_PER_IP + 5; i++) expect((await login(account.email, TEST_PASSWORD)).status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => login(`after-${i}@example.com`, 'wrong-pass1')));
    expect(tally(answers)['401 authentication_failed']).toBe(CHECKED_PER_IP);
  });
});
