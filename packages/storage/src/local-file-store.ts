import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ByteRange, type ByteRangeRequest, RangeNotSatisfiableError, resolveByteRange } from './byte-range';
import { FileNotFoundError, InvalidFileKeyError, type FileStore, type FileStream, type PutOptions } from './file-store';
import { keySegments } from './keys';

const CHUNK_SIZE = 64 * 1024;

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

export class LocalFileStore implements FileStore {
  readonly type = 'local' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private resolve(key: string): string {
    const target = path.resolve(this.root, ...keySegments(key));
    if (!target.startsWith(this.root + path.sep)) {
      throw new InvalidFileKeyError(key, 'the key resolves outside the storage root');
    }
    return target;
  }

  async put(key: string, body: Uint8Array, _options?: PutOptions): Promise<void> {
    const target = this.resolve(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Readers never see a half-written file: write beside the target, then rename over it.
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      await writeFile(temp, body, { flush: true });
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Uint8Array> {
    const target = this.resolve(key);
    try {
      const buffer = await readFile(target);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      if (isMissing(error)) throw new FileNotFoundError(key, { cause: error });
      throw error;
    }
  }

  async stream(key: string, range?: ByteRangeRequest): Promise<FileStream> {
    const target = this.resolve(key);
    let handle;
    try {
      handle = await open(target, 'r');
    } catch (error) {
      if (isMissing(error)) throw new FileNotFoundError(key, { cause: error });
      throw error;
    }
    let size: number;
    let bounds: ByteRange | undefined;
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new FileNotFoundError(key);
      size = info.size;
      bounds = range && resolveByteRange(range, size);
      if (range && !bounds) throw new RangeNotSatisfiableError(key, size);
    } catch (error) {
      await handle.close();
      throw error;
    }

    const file = handle;
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await file.close();
    };
    // Reads exactly the bytes announced, so the body always matches its Content-Length.
    let position = bounds?.start ?? 0;
    let remaining = bounds ? bounds.end - bounds.start + 1 : size;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const chunk = new Uint8Array(Math.min(CHUNK_SIZE, remaining));
          const { bytesRead } = remaining > 0 ? await file.read(chunk, 0, chunk.length, position) : { bytesRead: 0 };
          if (bytesRead === 0) {
            await close();
            controller.close();
            return;
          }
          position += bytesRead;
          remaining -= bytesRead;
          controller.enqueue(chunk.subarray(0, bytesRead));
        } catch (error) {
          await close().catch(() => undefined);
          controller.error(error);
        }
      },
      async cancel() {
        await close();
      },
    });
    return bounds ? { body, size, range: bounds } : { body, size };
  }

  async exists(key: string): Promise<boolean> {
    const target = this.resolve(key);
    try {
      return (await stat(target)).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const target = this.resolve(key);
    try {
      await rm(target, { force: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
  }
}
