import { describe, expect, it, vi } from 'vitest';
import type * as errors from './errors';
import { CredentialsValidationError, ModelRuntimeError } from './errors';

describe('model runtime errors', () => {
  it('are recognised by instanceof even when made by another copy of the module', async () => {
    // A fresh module instance, as a separately bundled copy would be.
    vi.resetModules();
    const copy = (await import('./errors')) as typeof errors;
    expect(copy.ModelRuntimeError).not.toBe(ModelRuntimeError);
    const foreign = new copy.ModelRuntimeError('provider_not_initialize', 'no key');
    expect(foreign instanceof ModelRuntimeError).toBe(true);
    expect(foreign instanceof CredentialsValidationError).toBe(false);
    expect(new copy.CredentialsValidationError('bad key') instanceof CredentialsValidationError).toBe(true);
    expect(new Error('plain') instanceof ModelRuntimeError).toBe(false);
    expect((null as unknown as object) instanceof ModelRuntimeError).toBe(false);
  });
});
