import { describe, expect, it } from 'vitest';
import { chooseCredentialName, nextCredentialName } from './credential-names';

describe('credential names', () => {
  it('numbers default names one past the highest in use', () => {
    expect(nextCredentialName([])).toBe('API KEY 1');
    expect(nextCredentialName(['API KEY 1', 'Backup', 'api key 4'])).toBe('API KEY 5');
  });

  it('keeps names unique, and an update without a name keeps its own', () => {
    const existing = [
      { id: 'a', name: 'API KEY 1' },
      { id: 'b', name: 'Prod' },
    ];
    expect(chooseCredentialName('  Staging ', existing)).toBe('Staging');
    expect(chooseCredentialName(undefined, existing)).toBe('API KEY 2');
    expect(chooseCredentialName(null, existing, 'b')).toBe('Prod');
    expect(chooseCredentialName('Prod', existing, 'b')).toBe('Prod');
    expect(() => chooseCredentialName('Prod', existing, 'a')).toThrow("Credential with name 'Prod' already exists.");
  });
});
