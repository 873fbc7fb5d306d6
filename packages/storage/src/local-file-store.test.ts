import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileNotFoundError, InvalidFileKeyError, LocalFileStore } from './index';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tessera-local-store-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('LocalFileStore', () => {
  it('writes each key to the same relative path under the root', async () => {
    const store = new LocalFileStore(path.join(dir, 'storage'));
    await store.put('upload_files/ws-1/f1.pdf', new TextEncoder().encode('%PDF-1.4'));
    expect(await readFile(path.join(dir, 'storage', 'upload_files', 'ws-1', 'f1.pdf'), 'utf8')).toBe('%PDF-1.4');
  });

  it('leaves no temporary files behind', async () => {
    const store = new LocalFileStore(dir);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.put('upload_files/ws/same.txt', new TextEncoder().encode(`v${i}`))),
    );
    expect(await readdir(path.join(dir, 'upload_files', 'ws'))).toEqual(['same.txt']);
    expect(new TextDecoder().decode(await store.get('upload_files/ws/same.txt'))).toMatch(/^v\d+$/);
  });

  it('cleans up its temporary file when the write fails', async () => {
    const store = new LocalFileStore(dir);
    // A directory where the file should go makes the rename fail.
    await mkdir(path.join(dir, 'upload_files', 'taken.txt'), { recursive: true });
    await expect(store.put('upload_files/taken.txt', new TextEncoder().encode('x'))).rejects.toThrow();
    expect(await readdir(path.join(dir, 'upload_files'))).toEqual(['taken.txt']);
  });

  it('treats a directory as a missing file', async () => {
    const store = new LocalFileStore(dir);
    await mkdir(path.join(dir, 'upload_files', 'folder'), { recursive: true });
    expect(await store.exists('upload_files')).toBe(false);
    await expect(store.get('upload_files/folder')).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(store.stream('upload_files/folder')).rejects.toBeInstanceOf(FileNotFoundError);
  });

  it('reads files written by something else', async () => {
    const store = new LocalFileStore(dir);
    await mkdir(path.join(dir, 'tools'), { recursive: true });
    await writeFile(path.join(dir, 'tools', 'out.txt'), 'from outside');
    expect(new TextDecoder().decode(await store.get('tools/out.txt'))).toBe('from outside');
  });

  it('explains why a key is rejected and never touches paths outside the root', async () => {
    const root = path.join(dir, 'root');
    const store = new LocalFileStore(root);
    await expect(store.put('../outside.txt', new Uint8Array([1]))).rejects.toThrow(
      'Invalid file key "../outside.txt": the segment ".." is not allowed',
    );
    await expect(store.put('/tmp/abs.txt', new Uint8Array([1]))).rejects.toThrow(/absolute paths are not allowed/);
    await expect(store.put('a\0b', new Uint8Array([1]))).rejects.toBeInstanceOf(InvalidFileKeyError);
    expect(await readdir(dir)).toEqual([]);
  });
});
