import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ByteRangeRequest, createFileStore, FileNotFoundError, InvalidFileKeyError, type FileStore, RangeNotSatisfiableError } from './index';
import { startS3TestServer, type S3TestServer } from './s3-test-server';

const encoder = new TextEncoder();

async function readAll(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body).arrayBuffer());
}

let dir: string;
let s3: S3TestServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tessera-storage-'));
  s3 = await startS3TestServer();
});

afterAll(async () => {
  await s3?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const stores: Array<[string, () => FileStore]> = [
  ['local', () => createFileStore({ type: 'local', root: path.join(dir, 'files') })],
  [
    's3',
    () =>
      createFileStore({
        type: 's3',
        bucket: 'tessera-test',
        endpoint: s3.endpoint,
        region: 'us-east-1',
        accessKeyId: 'test',
        secretAccessKey: 'test-secret',
        forcePathStyle: true,
      }),
  ],
];

describe.each(stores)('%s file store', (type, makeStore) => {
  let store: FileStore;
  beforeAll(() => {
    store = makeStore();
  });

  it('reports its type', () => {
    expect(store.type).toBe(type);
  });

  it('puts and gets bytes', async () => {
    const key = 'upload_files/ws-1/0a6c1f52-3d5e-4b37-9a55-2f1c83d3e001.txt';
    await store.put(key, encoder.encode('hello tessera'), { contentType: 'text/plain' });
    expect(new TextDecoder().decode(await store.get(key))).toBe('hello tessera');
    expect(await store.exists(key)).toBe(true);
  });

  it('keeps binary content intact', async () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    await store.put('upload_files/ws-1/binary.bin', bytes);
    expect(await store.get('upload_files/ws-1/binary.bin')).toEqual(bytes);
  });

  it('overwrites an existing key', async () => {
    await store.put('upload_files/ws-1/over.txt', encoder.encode('first version, longer'));
    await store.put('upload_files/ws-1/over.txt', encoder.encode('second'));
    expect(new TextDecoder().decode(await store.get('upload_files/ws-1/over.txt'))).toBe('second');
  });

  it('stores empty files', async () => {
    await store.put('generated/empty.txt', new Uint8Array());
    expect((await store.get('generated/empty.txt')).byteLength).toBe(0);
    const { body, size } = await store.stream('generated/empty.txt');
    expect(size).toBe(0);
    expect((await readAll(body)).byteLength).toBe(0);
  });

  it('streams a multi-megabyte file with its size', async () => {
    const bytes = new Uint8Array(3 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    await store.put('upload_files/ws-2/large.pdf', bytes, { contentType: 'application/pdf' });
    const { body, size } = await store.stream('upload_files/ws-2/large.pdf');
    expect(size).toBe(bytes.length);
    expect(body).toBeInstanceOf(ReadableStream);
    const read = await readAll(body);
    expect(read.length).toBe(bytes.length);
    expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
  });

  it('lets a reader stop a stream early', async () => {
    const { body } = await store.stream('upload_files/ws-2/large.pdf');
    const reader = body.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
  });

  it('streams a byte range, an open-ended range and a suffix, with the whole size', async () => {
    const key = 'upload_files/ws-4/ranges.mp3';
    await store.put(key, encoder.encode('0123456789'));
    const cases: Array<[ByteRangeRequest, string, { start: number; end: number }]> = [
      [{ start: 2, end: 4 }, '234', { start: 2, end: 4 }],
      [{ start: 7 }, '789', { start: 7, end: 9 }],
      [{ start: 8, end: 500 }, '89', { start: 8, end: 9 }],
      [{ suffixLength: 3 }, '789', { start: 7, end: 9 }],
      [{ suffixLength: 30 }, '0123456789', { start: 0, end: 9 }],
    ];
    for (const [request, text, range] of cases) {
      const stream = await store.stream(key, request);
      expect({ size: stream.size, range: stream.range }, JSON.stringify(request)).toEqual({ size: 10, range });
      expect(new TextDecoder().decode(await readAll(stream.body)), JSON.stringify(request)).toBe(text);
    }
    const whole = await store.stream(key);
    expect(whole.range).toBeUndefined();
    await whole.body.cancel();
  });

  it('streams a range from deep inside a multi-megabyte file', async () => {
    const bytes = await store.get('upload_files/ws-2/large.pdf');
    const start = 2 * 1024 * 1024 + 5;
    const stream = await store.stream('upload_files/ws-2/large.pdf', { start, end: start + 200_000 });
    expect(Buffer.from(await readAll(stream.body)).equals(Buffer.from(bytes.subarray(start, start + 200_001)))).toBe(true);
  });

  it('refuses a range past the end with the object size', async () => {
    await store.put('upload_files/ws-4/short.txt', encoder.encode('0123456789'));
    for (const request of [{ start: 10 }, { suffixLength: 0 }]) {
      const error = await store.stream('upload_files/ws-4/short.txt', request).catch((e: unknown) => e);
      expect(error, JSON.stringify(request)).toBeInstanceOf(RangeNotSatisfiableError);
      expect((error as RangeNotSatisfiableError).size).toBe(10);
    }
    await expect(store.stream('upload_files/ws-4/missing.txt', { start: 0 })).rejects.toBeInstanceOf(FileNotFoundError);
  });

  it('throws FileNotFoundError for a missing key', async () => {
    await expect(store.get('upload_files/ws-1/missing.txt')).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(store.stream('upload_files/ws-1/missing.txt')).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(store.get('upload_files/ws-1/missing.txt')).rejects.toThrow(
      'File not found: upload_files/ws-1/missing.txt',
    );
    expect(await store.exists('upload_files/ws-1/missing.txt')).toBe(false);
  });

  it('deletes, and deleting again is not an error', async () => {
    await store.put('upload_files/ws-3/gone.txt', encoder.encode('bye'));
    await store.delete('upload_files/ws-3/gone.txt');
    expect(await store.exists('upload_files/ws-3/gone.txt')).toBe(false);
    await expect(store.get('upload_files/ws-3/gone.txt')).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(store.delete('upload_files/ws-3/gone.txt')).resolves.toBeUndefined();
    await expect(store.delete('never/existed.txt')).resolves.toBeUndefined();
  });

  it.each(['../escape.txt', 'a/../../escape.txt', '/etc/passwd', 'a\\..\\..\\x', 'C:/x', '', 'a//b', './a'])(
    'rejects the key %j',
    async (key) => {
      await expect(store.put(key, encoder.encode('x'))).rejects.toBeInstanceOf(InvalidFileKeyError);
      await expect(store.get(key)).rejects.toBeInstanceOf(InvalidFileKeyError);
      await expect(store.exists(key)).rejects.toBeInstanceOf(InvalidFileKeyError);
      await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidFileKeyError);
    },
  );
});
