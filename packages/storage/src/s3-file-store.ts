import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { type ByteRangeRequest, RangeNotSatisfiableError } from './byte-range';
import { FileNotFoundError, type FileStore, type FileStream, type PutOptions } from './file-store';
import { keySegments } from './keys';

export interface S3FileStoreConfig {
  bucket: string;
  region?: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
  /** Prepended to every key, e.g. `tessera` stores `upload_files/a.pdf` as `tessera/upload_files/a.pdf`. */
  prefix?: string;
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

function isRangeNotSatisfiable(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === 'InvalidRange' || e?.$metadata?.httpStatusCode === 416;
}

function rangeHeader(range: ByteRangeRequest): string {
  if ('suffixLength' in range) return `bytes=-${range.suffixLength}`;
  return `bytes=${range.start}-${range.end ?? ''}`;
}

/** `bytes 0-9/100` as S3 answers a range; undefined when the whole object came back. */
function parseContentRange(value: string | undefined): { start: number; end: number; size: number } | undefined {
  const match = value ? /^bytes (\d+)-(\d+)\/(\d+)$/.exec(value.trim()) : null;
  if (!match) return undefined;
  return { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) };
}

export class S3FileStore implements FileStore {
  readonly type = 's3' as const;
  readonly bucket: string;
  readonly client: S3Client;
  private readonly prefix: string;

  constructor(config: S3FileStoreConfig) {
    this.bucket = config.bucket;
    this.prefix = (config.prefix ?? '').replace(/^\/+|\/+$/g, '');
    const clientConfig: S3ClientConfig = {
      region: config.region ?? 'us-east-1',
      forcePathStyle: config.forcePathStyle ?? false,
      // The SDK's default CRC32 checksums on every request are rejected by several S3-compatible servers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    };
    if (config.endpoint) clientConfig.endpoint = config.endpoint;
    if (config.accessKeyId && config.secretAccessKey) {
      clientConfig.credentials = { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey };
    }
    this.client = new S3Client(clientConfig);
  }

  private objectKey(key: string): string {
    const relative = keySegments(key).join('/');
    return this.prefix ? `${this.prefix}/${relative}` : relative;
  }

  async put(key: string, body: Uint8Array, options?: PutOptions): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: body,
        ContentLength: body.byteLength,
        ContentType: options?.contentType,
      }),
    );
  }

  async get(key: string): Promise<Uint8Array> {
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      if (!result.Body) return new Uint8Array();
      return await result.Body.transformToByteArray();
    } catch (error) {
      if (isNotFound(error)) throw new FileNotFoundError(key, { cause: error });
      throw error;
    }
  }

  async stream(key: string, range?: ByteRangeRequest): Promise<FileStream> {
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Range: range && rangeHeader(range) }),
      );
      const body = result.Body ? (result.Body.transformToWebStream() as ReadableStream<Uint8Array>) : new Blob([]).stream();
      const served = parseContentRange(result.ContentRange);
      if (served) return { body, size: served.size, range: { start: served.start, end: served.end } };
      return { body, size: result.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) throw new FileNotFoundError(key, { cause: error });
      if (range && isRangeNotSatisfiable(error)) throw new RangeNotSatisfiableError(key, await this.size(key));
      throw error;
    }
  }

  /** Only needed to tell a client how big an object is after S3 refused its range. */
  private async size(key: string): Promise<number> {
    try {
      const result = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return result.ContentLength ?? 0;
    } catch (error) {
      if (isNotFound(error)) throw new FileNotFoundError(key, { cause: error });
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      // S3 answers 204 for a missing key; some compatible servers answer 404.
      if (isNotFound(error)) return;
      throw error;
    }
  }
}
