import { describe, expect, it } from 'vitest';
import { jobsSettingsFromEnv } from './client';

describe('jobsSettingsFromEnv', () => {
  it('runs jobs in-process without an Inngest server', () => {
    expect(jobsSettingsFromEnv({})).toEqual({ mode: 'in-process' });
    expect(jobsSettingsFromEnv({ INNGEST_SIGNING_KEY: 'signkey-prod-abc' })).toEqual({ mode: 'in-process' });
  });

  it('serves a server that has keys, or the dev server without them', () => {
    expect(jobsSettingsFromEnv({ INNGEST_BASE_URL: 'https://inngest.internal', INNGEST_SIGNING_KEY: 'signkey-prod-abc', INNGEST_EVENT_KEY: 'ek' })).toEqual({
      mode: 'serve',
      baseUrl: 'https://inngest.internal',
      signingKey: 'signkey-prod-abc',
      eventKey: 'ek',
      dev: false,
    });
    expect(jobsSettingsFromEnv({ INNGEST_BASE_URL: 'http://127.0.0.1:8288', INNGEST_DEV: '1' })).toMatchObject({ mode: 'serve', dev: true });
  });

  it('refuses a production server without keys', () => {
    expect(() => jobsSettingsFromEnv({ INNGEST_BASE_URL: 'https://inngest.internal', INNGEST_EVENT_KEY: 'ek' })).toThrow(/INNGEST_SIGNING_KEY/);
  });
});
