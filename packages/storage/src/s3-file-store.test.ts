import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { S3FileStore } from './index';
import { startS3TestServer, type S3TestServer } from './s3-test-server';

let s3: S3TestServer;

beforeAll(async () => {
  s3 = await startS3TestServer();
});

afterAll(async () => {
  await s3?.close();
});

beforeEach(() => {
  s3.requests.length = 0;
  s3.objects.clear();
});

function store(prefix?: string) {
  return new S3FileStore({
    bucket: 'files',
    endpoint: s3.endpoint,
    region: 'eu-west-1',
    accessKeyId: 'AKIDTEST',
    secretAccessKey: 'secret',
    forcePathStyle: true,
    prefix,
  });
}

describe('S3FileStore over HTTP', () => {
  it('sends path-style, signed requests with the content type', async () => {
    await store().put('upload_files/ws/a b+c.pdf', new TextEncoder().encode('pdf bytes'), {
      contentType: 'application/pdf',
    });
    const put = s3.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/files/upload_files/ws/a%20b%2Bc.pdf');
    expect(put?.headers['content-type']).toBe('application/pdf');
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/eu-west-1\/s3\//);
    expect(s3.objects.get('files/upload_files/ws/a b+c.pdf')?.body.toString()).toBe('pdf bytes');
  });

  it('puts every key under the prefix', async () => {
    const prefixed = store('/tessera/');
    await prefixed.put('upload_files/ws/x.txt', new TextEncoder().encode('x'));
    expect([...s3.objects.keys()]).toEqual(['files/tessera/upload_files/ws/x.txt']);
    expect(await prefixed.exists('upload_files/ws/x.txt')).toBe(true);
    expect(await store().exists('upload_files/ws/x.txt')).toBe(false);
    expect(new TextDecoder().decode(await prefixed.get('upload_files/ws/x.txt'))).toBe('x');
    await prefixed.delete('upload_files/ws/x.txt');
    expect(s3.objects.size).toBe(0);
  });

  it('uses HEAD for exists and DELETE for delete', async () => {
    const s = store();
    await s.exists('k.txt');
    await s.delete('k.txt');
    expect(s3.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /files/k.txt', 'DELETE /files/k.txt']);
  });
});
