export { type ByteRange, type ByteRangeRequest, RangeNotSatisfiableError, resolveByteRange } from './byte-range';
export { FileNotFoundError, InvalidFileKeyError, type FileStore, type FileStream, type PutOptions } from './file-store';
export { LocalFileStore } from './local-file-store';
export { S3FileStore, type S3FileStoreConfig } from './s3-file-store';
export { createFileStore, storageConfigFromEnv, type StorageConfig } from './config';
