import { type ByteRangeRequest, type FileStream } from '@tessera/storage';
import { describe, expect, it } from 'vitest';
import { encodeFilenameStar, serveFile } from './serve-file';

const bytes = new TextEncoder().encode('0123456789');
const get = (headers: Record<string, string> = {}, method = 'GET') => new Request('http://localhost/x', { method, headers });

function openStream(): FileStream & { cancelled: () => boolean } {
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, size: bytes.byteLength, cancelled: () => cancelled };
}

describe('serveFile', () => {
  it('serves ranges of bytes in memory', async () => {
    const res = await serveFile(get({ range: 'bytes=2-4' }), { content: bytes, mimeType: 'text/plain', fileName: 'a.txt' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 2-4/10');
    expect(await res.text()).toBe('234');
  });

  it('passes the range to a reader and trusts what it read', async () => {
    const asked: Array<ByteRangeRequest | undefined> = [];
    const reader = async (range?: ByteRangeRequest): Promise<FileStream> => {
      asked.push(range);
      return { body: new Blob([bytes.subarray(7)]).stream(), size: 10, range: { start: 7, end: 9 } };
    };
    const res = await serveFile(get({ range: 'bytes=-3' }), { content: reader, mimeType: 'audio/mpeg', fileName: 'a.mp3' });
    expect(asked).toEqual([{ suffixLength: 3 }]);
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 7-9/10');
    expect(await res.text()).toBe('789');
  });

  it('sends the whole file when a reader cannot read ranges', async () => {
    const reader = async (): Promise<FileStream> => ({ body: new Blob([bytes]).stream(), size: 10 });
    const res = await serveFile(get({ range: 'bytes=2-4' }), { content: reader, mimeType: 'audio/mpeg', fileName: 'a.mp3' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('10');
    expect(await res.text()).toBe('0123456789');
  });

  it('neither advertises nor serves ranges for a stream that is already open', async () => {
    const res = await serveFile(get({ range: 'bytes=2-4' }), { content: openStream(), mimeType: 'image/png', fileName: 'a.png' });
    expect(res.status).toBe(200);
    expect(res.headers.get('accept-ranges')).toBeNull();
    expect(await res.text()).toBe('0123456789');
  });

  it('releases an open stream on HEAD', async () => {
    const stream = openStream();
    const res = await serveFile(get({}, 'HEAD'), { content: stream, mimeType: 'image/png', fileName: 'a.png' });
    expect(res.headers.get('content-length')).toBe('10');
    expect(await res.text()).toBe('');
    expect(stream.cancelled()).toBe(true);
  });

  it('lets a sandboxed media page fetch the media, and nothing else', async () => {
    const media = await serveFile(get(), { content: bytes, mimeType: 'video/webm', fileName: 'a.webm' });
    expect(media.headers.get('access-control-allow-origin')).toBe('*');
    for (const [mimeType, fileName] of [['image/png', 'a.png'], ['video/webm', 'a.webm'], ['text/html', 'a.html']]) {
      const res = await serveFile(get(), { content: bytes, mimeType: mimeType!, fileName: fileName!, disposition: 'attachment' });
      expect(res.headers.get('access-control-allow-origin'), mimeType).toBeNull();
    }
  });

  it('uses the caller’s cache policy, private by default', async () => {
    const fallback = await serveFile(get(), { content: bytes, mimeType: 'image/png', fileName: 'a.png' });
    expect(fallback.headers.get('cache-control')).toBe('private, no-transform');
    const icon = await serveFile(get(), { content: bytes, mimeType: 'image/png', fileName: 'a.png', cacheControl: 'public, max-age=60' });
    expect(icon.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it("encodes download names as Python's quote does", () => {
    expect(encodeFilenameStar("Résumé (final) 'v2'.pdf")).toBe('R%C3%A9sum%C3%A9%20%28final%29%20%27v2%27.pdf');
    expect(encodeFilenameStar('a"b\r\n.txt')).toBe('a%22b%0D%0A.txt');
  });
});
