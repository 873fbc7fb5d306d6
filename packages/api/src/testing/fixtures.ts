import { afterAll, beforeAll } from 'vitest';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { type AppConfig } from '../config';
import { createTestApp, type TestApp, type TestAppOptions } from './app';
import { seedOwner, seedWorkspace, type SeededUser } from './seed';

export interface IntegrationFixtureOptions {
  /** Configuration overrides for the app under test. */
  config?: Partial<AppConfig>;
  app?: TestAppOptions;
  /** Start the test model server (for tests that call models). */
  models?: boolean;
  /** Seed a second workspace with its own owner, for cross-workspace checks. */
  otherWorkspace?: boolean;
}

export interface IntegrationFixture {
  /** A fresh migrated database, deps and the HTTP handler (see createTestApp). */
  readonly app: TestApp;
  /** The install's owner, signed in to the first workspace. */
  readonly owner: SeededUser;
  /** The owner of a second workspace; only with `otherWorkspace`. */
  readonly other: SeededUser;
  /** Only with `models`. */
  readonly models: TestModelServer;
}

/**
 * The set-up every integration test file needs, registered once: a fresh database with the app on
 * top, the owner, optionally a second workspace and the test model server, all closed after the
 * file. Fields are read inside tests and hooks (they exist once beforeAll has run).
 */
export function useIntegrationFixture(options: IntegrationFixtureOptions = {}): IntegrationFixture {
  const state: Partial<Record<keyof IntegrationFixture, unknown>> = {};
  beforeAll(async () => {
    if (options.models) state.models = await startTestModelServer();
    const app = await createTestApp(options.config, options.app);
    state.app = app;
    state.owner = await seedOwner(app);
    if (options.otherWorkspace) state.other = await seedWorkspace(app, 'other');
  });
  afterAll(async () => {
    await (state.app as TestApp | undefined)?.close();
    await (state.models as TestModelServer | undefined)?.close();
  });
  const read = (key: keyof IntegrationFixture) => () => {
    if (state[key] === undefined) throw new Error(`the fixture has no ${key}: read it inside a test or hook, and ask for it in the options`);
    return state[key];
  };
  return Object.defineProperties({} as IntegrationFixture, {
    app: { get: read('app') },
    owner: { get: read('owner') },
    other: { get: read('other') },
    models: { get: read('models') },
  });
}
