import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { ModelRuntimeError } from '@tessera/model-runtime';
import { AppError, findAppError } from './errors';
import { sourceFiles } from './testing/source-files';

describe('findAppError', () => {
  it('turns a model failure, bare or wrapped, into a 400 with its contract code and message', () => {
    const failure = new ModelRuntimeError('provider_quota_exceeded', 'You exceeded your current quota.', 429);
    for (const thrown of [failure, new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: failure })]) {
      const appError = findAppError(thrown);
      expect(appError).toBeInstanceOf(AppError);
      expect(appError).toMatchObject({ appCode: 'provider_quota_exceeded', message: 'You exceeded your current quota.', status: 400 });
    }
    expect(findAppError(new Error('boom'))).toBeUndefined();
  });
});

describe('errors convention', () => {
  it('builds AppErrors only through the errors.* factories, so a code always gets its status', () => {
    const offenders = sourceFiles()
      .filter((file) => file.path !== 'errors.ts' && file.path !== 'errors.test.ts')
      .filter((file) => /new\s+AppError\s*\(/.test(file.text))
      .map((file) => file.path);
    expect(offenders, `hand-built AppErrors in: ${offenders.join(', ')}`).toEqual([]);
  });
});
