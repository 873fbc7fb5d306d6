import { type ByteRange, type ByteRangeRequest } from './byte-range';

export interface PutOptions {
  contentType?: string;
}

export interface FileStream {
  body: ReadableStream<Uint8Array>;
  /** The whole object's size, even when the body is only part of it. */
  size: number;
  /** Set when the body holds only these bytes of the object. */
  range?: ByteRange;
}

/**
 * Every uploaded or generated file goes through this interface, so the local disk and S3 are interchangeable.
 * Keys are relative, slash-separated paths such as `upload_files/<workspace>/<uuid>.pdf`.
 */
export interface FileStore {
  readonly type: 'local' | 's3';
  put(key: string, body: Uint8Array, options?: PutOptions): Promise<void>;
  /** Throws FileNotFoundError when the key does not exist. */
  get(key: string): Promise<Uint8Array>;
  /**
   * The caller must read the body to the end or cancel it, or the file handle (or S3 connection) stays open.
   * With a range, the body holds only those bytes and `range` says which; a store whose backend
   * ignored the range returns the whole object without `range`. Throws RangeNotSatisfiableError
   * when the range covers no byte of the object.
   */
  stream(key: string, range?: ByteRangeRequest): Promise<FileStream>;
  exists(key: string): Promise<boolean>;
  /** Succeeds when the key does not exist. */
  delete(key: string): Promise<void>;
}

export class FileNotFoundError extends Error {
  override readonly name = 'FileNotFoundError';

  constructor(
    readonly key: string,
    options?: ErrorOptions,
  ) {
    super(`File not found: ${key}`, options);
  }
}

export class InvalidFileKeyError extends Error {
  override readonly name = 'InvalidFileKeyError';

  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`Invalid file key ${JSON.stringify(key)}: ${reason}`);
  }
}
