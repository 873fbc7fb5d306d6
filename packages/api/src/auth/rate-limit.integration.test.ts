import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing';
import { releaseAttempt, reserveAttempt, resetCounter } from './rate-limit';

describe('attempt reservations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app?.close());

  const reserveMany = (key: string, n: number, max: number, windowSeconds = 60, renew = false) =>
    Promise.all(Array.from({ length: n }, () => reserveAttempt(app.deps, key, { max, windowSeconds, renew })));
  const granted = (answers: boolean[]) => answers.filter(Boolean).length;

  it('grants exactly the limit of a parallel burst', async () => {
    expect(granted(await reserveMany('burst', 30, 5))).toBe(5);
    expect(granted(await reserveMany('burst', 3, 5))).toBe(0);
  });

  it('gives an attempt back on release, and all of them on reset', async () => {
    await reserveMany('given-back', 3, 3);
    await releaseAttempt(app.deps, 'given-back');
    expect(granted(await reserveMany('given-back', 3, 3))).toBe(1);
    await resetCounter(app.deps, 'given-back');
    expect(granted(await reserveMany('given-back', 5, 3))).toBe(3);
  });

  it('starts a new window once the old one expires, and refused attempts do not prolong a renewed one', async () => {
    expect(granted(await reserveMany('renewed', 2, 2, 600, true))).toBe(2);
    app.advanceClock(300_000);
    expect(granted(await reserveMany('renewed', 4, 2, 600, true))).toBe(0);
    app.advanceClock(301_000);
    expect(granted(await reserveMany('renewed', 4, 2, 600, true))).toBe(2);
  });
});
