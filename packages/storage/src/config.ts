import { type FileStore } from './file-store';
import { LocalFileStore } from './local-file-store';
import { S3FileStore, type S3FileStoreConfig } from './s3-file-store';

export type StorageConfig = { type: 'local'; root: string } | ({ type: 's3' } & S3FileStoreConfig);

export function createFileStore(config: StorageConfig): FileStore {
  switch (config.type) {
    case 'local':
      return new LocalFileStore(config.root);
    case 's3':
      return new S3FileStore(config);
    default:
      throw new Error(`Unknown storage type: ${String((config as { type: unknown }).type)}`);
  }
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

/**
 * Reads STORAGE_TYPE (local, the default, or s3) and the S3_* variables.
 * `defaultRoot` is where local files go, usually a folder inside the data directory.
 */
export function storageConfigFromEnv(env: NodeJS.ProcessEnv, defaultRoot: string): StorageConfig {
  const type = (value(env, 'STORAGE_TYPE') ?? 'local').toLowerCase();
  if (type === 'local') return { type: 'local', root: defaultRoot };
  if (type !== 's3') throw new Error(`STORAGE_TYPE must be "local" or "s3", got "${env.STORAGE_TYPE}"`);

  const bucket = value(env, 'S3_BUCKET');
  if (!bucket) throw new Error('STORAGE_TYPE=s3 needs S3_BUCKET');
  const accessKeyId = value(env, 'S3_ACCESS_KEY_ID');
  const secretAccessKey = value(env, 'S3_SECRET_ACCESS_KEY');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
  }

  const config: StorageConfig = { type: 's3', bucket };
  const region = value(env, 'S3_REGION');
  const endpoint = value(env, 'S3_ENDPOINT');
  const forcePathStyle = flag(env, 'S3_FORCE_PATH_STYLE');
  const prefix = value(env, 'S3_PREFIX');
  if (region) config.region = region;
  if (endpoint) config.endpoint = endpoint;
  if (accessKeyId && secretAccessKey) Object.assign(config, { accessKeyId, secretAccessKey });
  if (forcePathStyle !== undefined) config.forcePathStyle = forcePathStyle;
  if (prefix) config.prefix = prefix;
  return config;
}
