import { describe, expect, it } from 'vitest';
import { multipartBoundary, MultipartError, parseMultipart } from './multipart';

const text = (data: Uint8Array) => new TextDecoder().decode(data);
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('multipart parsing', () => {
  it('reads the boundary of multipart/form-data only', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('Multipart/Form-Data; charset=utf-8; boundary="a b;c"')).toBe('a b;c');
    expect(multipartBoundary('multipart/form-data')).toBeUndefined();
    expect(multipartBoundary('multipart/mixed; boundary=abc')).toBeUndefined();
    expect(multipartBoundary('application/json')).toBeUndefined();
  });

  it('agrees with the platform FormData encoder', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([0, 13, 10, 45, 45, 255])], { type: 'image/png' }), 'pic.png');
    form.append('source', 'datasets');
    const request = new Request('http://x/', { method: 'POST', body: form });
    const boundary = multipartBoundary(request.headers.get('content-type') ?? '')!;
    const parts = parseMultipart(new Uint8Array(await request.arrayBuffer()), boundary);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({ name: 'file', filename: 'pic.png', contentType: 'image/png' });
    expect([...parts[0]!.data]).toEqual([0, 13, 10, 45, 45, 255]);
    expect(parts[1]).toMatchObject({ name: 'source' });
    expect(parts[1]!.filename).toBeUndefined();
    expect(text(parts[1]!.data)).toBe('datasets');
  });

  it('keeps an absent Content-Type absent, an empty filename empty, and decodes filename*', () => {
    const body = bytes(
      '--b\r\nContent-Disposition: form-data; name="a"; filename="x.pdf"\r\n\r\n%PDF\r\n' +
        '--b\r\nContent-Disposition: form-data; name="b"; filename=""\r\n\r\n\r\n' +
        "--b\r\ncontent-disposition: form-data; name=\"c\"; filename=\"fallback.txt\"; filename*=UTF-8''%E6%96%87%20%E4%BB%B6.txt\r\n\r\nz\r\n" +
        '--b\r\nContent-Disposition: form-data; name="d"; filename="naïve \\"q\\".md"\r\n\r\nq\r\n' +
        '--b\r\n\r\nno headers, skipped\r\n' +
        '--b--\r\n',
    );
    const parts = parseMultipart(body, 'b');
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ['a', 'x.pdf', undefined],
      ['b', '', undefined],
      ['c', '文 件.txt', undefined],
      ['d', 'naïve "q".md', undefined],
    ]);
    expect(text(parts[0]!.data)).toBe('%PDF');
    expect(parts[1]!.data.byteLength).toBe(0);
  });

  it('refuses malformed bodies and too many parts', () => {
    expect(() => parseMultipart(bytes('no boundary here'), 'b')).toThrow(MultipartError);
    expect(() => parseMultipart(bytes('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated'), 'b')).toThrow(MultipartError);
    expect(() => parseMultipart(bytes('--bX'), 'b')).toThrow(MultipartError);
    const many = Array.from({ length: 5 }, (_, i) => `--b\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`).join('') + '--b--';
    expect(parseMultipart(bytes(many), 'b', 5)).toHaveLength(5);
    expect(() => parseMultipart(bytes(many), 'b', 4)).toThrow('more than 4 parts');
  });
});
