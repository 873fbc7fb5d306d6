import { describe, expect, it } from 'vitest';
import { createFileStore, LocalFileStore, S3FileStore, storageConfigFromEnv } from './index';

describe('storageConfigFromEnv', () => {
  it('defaults to local storage under the given root', () => {
    expect(storageConfigFromEnv({}, '/data/storage')).toEqual({ type: 'local', root: '/data/storage' });
    expect(storageConfigFromEnv({ STORAGE_TYPE: 'local' }, '/d')).toEqual({ type: 'local', root: '/d' });
  });

  it('reads every S3 variable', () => {
    expect(
      storageConfigFromEnv(
        {
          STORAGE_TYPE: 'S3',
          S3_BUCKET: 'bucket',
          S3_REGION: 'eu-central-1',
          S3_ENDPOINT: 'http://127.0.0.1:9000',
          S3_ACCESS_KEY_ID: 'id',
          S3_SECRET_ACCESS_KEY: 'secret',
          S3_FORCE_PATH_STYLE: 'true',
          S3_PREFIX: 'tessera',
        },
        '/unused',
      ),
    ).toEqual({
      type: 's3',
      bucket: 'bucket',
      region: 'eu-central-1',
      endpoint: 'http://127.0.0.1:9000',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      prefix: 'tessera',
    });
  });

  it('leaves unset or empty S3 options out', () => {
    expect(storageConfigFromEnv({ STORAGE_TYPE: 's3', S3_BUCKET: 'b', S3_REGION: '', S3_FORCE_PATH_STYLE: '0' }, '/x')).toEqual(
      { type: 's3', bucket: 'b', forcePathStyle: false },
    );
  });

  it('rejects incomplete or unknown settings with a clear message', () => {
    expect(() => storageConfigFromEnv({ STORAGE_TYPE: 'azure' }, '/x')).toThrow(
      'STORAGE_TYPE must be "local" or "s3", got "azure"',
    );
    expect(() => storageConfigFromEnv({ STORAGE_TYPE: 's3' }, '/x')).toThrow('STORAGE_TYPE=s3 needs S3_BUCKET');
    expect(() => storageConfigFromEnv({ STORAGE_TYPE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' }, '/x')).toThrow(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together',
    );
    expect(() => storageConfigFromEnv({ STORAGE_TYPE: 's3', S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'maybe' }, '/x')).toThrow(
      'S3_FORCE_PATH_STYLE must be true or false',
    );
  });
});

describe('createFileStore', () => {
  it('builds the store the config names', () => {
    expect(createFileStore({ type: 'local', root: '/tmp/x' })).toBeInstanceOf(LocalFileStore);
    const s3 = createFileStore({ type: 's3', bucket: 'b', accessKeyId: 'a', secretAccessKey: 's' });
    expect(s3).toBeInstanceOf(S3FileStore);
    expect(s3.type).toBe('s3');
  });
});
