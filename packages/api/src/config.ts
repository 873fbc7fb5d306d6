import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveDataDir } from '@tessera/db';
import { type JobsSettings, jobsSettingsFromEnv } from '@tessera/jobs';
import { type NetPolicy, policyFromEnv } from '@tessera/net-guard';
import { type StorageConfig, storageConfigFromEnv } from '@tessera/storage';
import { parseTrustedProxies, type TrustedProxies } from './http/client-address';
import { type CorsPolicy, corsPolicyFromEnv } from './http/cors';
import { type ConfiguredUrls } from './http/public-urls';

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  /** Verify the server's TLS certificate (SMTP_TLS_VERIFY=false only for self-signed test servers). */
  verifyTls?: boolean;
}

export interface UploadLimits {
  fileSizeLimitMb: number;
  imageFileSizeLimitMb: number;
  videoFileSizeLimitMb: number;
  audioFileSizeLimitMb: number;
  batchCountLimit: number;
  fileUploadLimit: number;
  workflowFileUploadLimit: number;
  imageFileBatchLimit: number;
  singleChunkAttachmentLimit: number;
  attachmentImageFileSizeLimitMb: number;
  extensionBlacklist: string[];
}

export interface AppConfig {
  version: string;
  edition: 'SELF_HOSTED';
  dataDir: string;
  databaseUrl?: string;
  /** Background jobs: served to an Inngest server (INNGEST_BASE_URL and keys) or driven in-process. */
  jobs: JobsSettings;
  /**
   * How long an in-process run stays claimed by an instance that stopped renewing it
   * (JOBS_LEASE_SECONDS): after that, another instance on the same Postgres takes it over.
   */
  jobsLeaseSeconds: number;
  secretKey: string;
  /** HTTP port; also the fallback origin (`http://localhost:PORT`) for links made outside a request. */
  port: number;
  /** CONSOLE_API_URL, CONSOLE_WEB_URL, FILES_URL, APP_API_URL as set; unset ones follow the request's origin. */
  publicUrls: ConfiguredUrls;
  /** Proxies whose X-Forwarded-For/-Proto/-Host headers count (TRUSTED_PROXIES: a hop count or CIDRs). */
  trustedProxies: TrustedProxies;
  accessTokenMinutes: number;
  refreshTokenDays: number;
  filesAccessTimeoutSeconds: number;
  /** Largest JSON body the REST surfaces read, in bytes. */
  maxJsonBodyBytes: number;
  smtp?: SmtpConfig;
  storage: StorageConfig;
  upload: UploadLimits;
  innerApiKey?: string;
  /** The plugin daemon's key for the backwards-invocation routes (INNER_API_KEY_FOR_PLUGIN, else INNER_API_KEY). */
  innerApiKeyForPlugin?: string;
  adminApiKey?: string;
  /** Lets accounts create further workspaces (Dify's community edition refuses). */
  allowCreateWorkspace: boolean;
  /** Lets an email-code sign-in create an account for an unknown address. */
  allowRegister: boolean;
  /** Per attempt of a model call, in milliseconds. */
  modelRequestTimeoutMs: number;
  /** Retries of a model call on 429 and 5xx answers. */
  modelMaxRetries: number;
  /** Origins whose cross-origin calls may carry cookies (WEB_API_CORS_ALLOW_ORIGINS). */
  cors: CorsPolicy;
  /** What untrusted fetches (web pages for agents, remote files, crawling) may reach: SSRF_* settings. */
  netPolicy: NetPolicy;
  /** How long a finished answer's events stay readable for a client that resumes (seconds). */
  streamRetentionSeconds: number;
  /** Longest a run may take before it is stopped (Dify's APP_MAX_EXECUTION_TIME, seconds). */
  appMaxExecutionSeconds: number;
  /**
   * How files reach a model (Dify's MULTIMODAL_SEND_FORMAT): `base64` sends their bytes, `url` sends a
   * link the provider fetches itself, which only works when FILES_URL is reachable from the provider.
   */
  multimodalSendFormat: 'base64' | 'url';
}

const VERSION = '0.1.0';

function int(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? Number.NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/**
 * SECRET_KEY signs tokens and encrypts secrets. The embedded default keeps a generated key in the
 * data folder so sessions survive restarts; several instances must share one SECRET_KEY.
 */
function resolveSecretKey(env: NodeJS.ProcessEnv, dataDir: string): string {
  if (env.SECRET_KEY) return env.SECRET_KEY;
  const file = path.join(dataDir, 'secret-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(42).toString('base64url');
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const dataDir = overrides.dataDir ?? resolveDataDir();
  const port = int(env.PORT, 3000);
  const smtpHost = env.SMTP_HOST;
  const config: AppConfig = {
    version: VERSION,
    edition: 'SELF_HOSTED',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    jobs: jobsSettingsFromEnv(env),
    jobsLeaseSeconds: Math.max(1, int(env.JOBS_LEASE_SECONDS, 60)),
    secretKey: resolveSecretKey(env, dataDir),
    port,
    publicUrls: {
      consoleApi: env.CONSOLE_API_URL || undefined,
      consoleWeb: env.CONSOLE_WEB_URL || undefined,
      files: env.FILES_URL || undefined,
      appApi: env.APP_API_URL || undefined,
    },
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    accessTokenMinutes: int(env.ACCESS_TOKEN_EXPIRE_MINUTES, 60),
    refreshTokenDays: int(env.REFRESH_TOKEN_EXPIRE_DAYS, 30),
    filesAccessTimeoutSeconds: int(env.FILES_ACCESS_TIMEOUT, 300),
    maxJsonBodyBytes: int(env.MAX_JSON_BODY_BYTES, 1024 * 1024),
    smtp: smtpHost
      ? {
          host: smtpHost,
          port: int(env.SMTP_PORT, 587),
          secure: bool(env.SMTP_USE_TLS, false),
          user: env.SMTP_USERNAME || undefined,
          password: env.SMTP_PASSWORD || undefined,
          from: env.MAIL_DEFAULT_SEND_FROM || 'Tessera <no-reply@localhost>',
          verifyTls: bool(env.SMTP_TLS_VERIFY, true),
        }
      : undefined,
    storage: storageConfigFromEnv(env, path.join(dataDir, 'storage')),
    upload: {
      fileSizeLimitMb: int(env.UPLOAD_FILE_SIZE_LIMIT, 15),
      imageFileSizeLimitMb: int(env.UPLOAD_IMAGE_FILE_SIZE_LIMIT, 10),
      videoFileSizeLimitMb: int(env.UPLOAD_VIDEO_FILE_SIZE_LIMIT, 100),
      audioFileSizeLimitMb: int(env.UPLOAD_AUDIO_FILE_SIZE_LIMIT, 50),
      batchCountLimit: int(env.UPLOAD_FILE_BATCH_LIMIT, 5),
      fileUploadLimit: int(env.UPLOAD_FILE_COUNT_LIMIT, 20),
      workflowFileUploadLimit: int(env.WORKFLOW_FILE_UPLOAD_LIMIT, 10),
      imageFileBatchLimit: int(env.IMAGE_FILE_BATCH_LIMIT, 10),
      singleChunkAttachmentLimit: int(env.SINGLE_CHUNK_ATTACHMENT_LIMIT, 10),
      attachmentImageFileSizeLimitMb: int(env.ATTACHMENT_IMAGE_FILE_SIZE_LIMIT, 2),
      extensionBlacklist: (env.UPLOAD_FILE_EXTENSION_BLACKLIST ?? '')
        .split(',')
        .map((e) => e.trim().toLowerCase().replace(/^\./, ''))
        .filter(Boolean),
    },
    innerApiKey: env.INNER_API_KEY || undefined,
    innerApiKeyForPlugin: env.INNER_API_KEY_FOR_PLUGIN || env.INNER_API_KEY || undefined,
    adminApiKey: bool(env.ADMIN_API_KEY_ENABLE, false) ? env.ADMIN_API_KEY || undefined : undefined,
    allowCreateWorkspace: bool(env.ALLOW_CREATE_WORKSPACE, true),
    allowRegister: bool(env.ALLOW_REGISTER, false),
    modelRequestTimeoutMs: int(env.MODEL_REQUEST_TIMEOUT_MS, 60_000),
    modelMaxRetries: int(env.MODEL_MAX_RETRIES, 2),
    cors: corsPolicyFromEnv(env),
    netPolicy: policyFromEnv(env),
    streamRetentionSeconds: Math.max(600, int(env.STREAM_RETENTION_SECONDS, 900)),
    appMaxExecutionSeconds: int(env.APP_MAX_EXECUTION_TIME, 1200),
    multimodalSendFormat: env.MULTIMODAL_SEND_FORMAT?.trim().toLowerCase() === 'url' ? 'url' : 'base64',
  };
  return { ...config, ...overrides };
}
