import { describe, expect, it } from 'vitest';
import { decryptDatasetId, encryptDatasetId } from './dataset-ids';

const WORKSPACE = '2f0c1d7e-3a4b-4c5d-8e9f-0a1b2c3d4e5f';
const DATASET = '6b1b2b7e-8d35-4f43-9d0c-6c1b5a3f4e21';

describe('DSL dataset id encryption', () => {
  it("matches Dify's AES-CBC encoding (key SHA-256 of the workspace id, IV its first 16 bytes)", () => {
    // Computed independently with Python's `cryptography` package, the way Dify's exporter does it.
    expect(encryptDatasetId(DATASET, WORKSPACE)).toBe('mnysC3QEEYM8DuKpWIijD+B6aAzgddpIhIjaB1BZv7BXzD1olkgi2jtHX8peXZ1o');
  });

  it('decrypts ids of the same workspace, keeps plain UUIDs and drops the rest', () => {
    const encrypted = encryptDatasetId(DATASET, WORKSPACE);
    expect(decryptDatasetId(encrypted, WORKSPACE)).toBe(DATASET);
    expect(decryptDatasetId(DATASET, '00000000-0000-4000-8000-000000000000')).toBe(DATASET);
    expect(decryptDatasetId(encrypted, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(decryptDatasetId('not base64 at all', WORKSPACE)).toBeNull();
    expect(decryptDatasetId(encryptDatasetId('not-a-uuid', WORKSPACE), WORKSPACE)).toBeNull();
  });
});
