import { describe, expect, it } from 'vitest';
import { nameFromContentDisposition, remoteFileFacts } from './remote-file-facts';

describe('what a remote file is, from its URL and headers', () => {
  it('names it from Content-Disposition first, then the last path segment', () => {
    expect(nameFromContentDisposition(`attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf; filename="resume.pdf"`)).toBe('résumé.pdf');
    expect(nameFromContentDisposition('inline; filename="a \\"quoted\\" name.txt"')).toBe('a "quoted" name.txt');
    expect(nameFromContentDisposition('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(nameFromContentDisposition('attachment')).toBeUndefined();
    expect(remoteFileFacts('https://example.com/docs/My%20File.PDF?x=1#top').filename).toBe('My File.PDF');
    expect(remoteFileFacts('https://example.com/').filename).toBe('unknown_file');
  });

  it("types it by the name's extension, else by Content-Type, and sizes it by Content-Length", () => {
    expect(remoteFileFacts('https://example.com/a.png', new Headers({ 'content-type': 'text/html', 'content-length': '42' }))).toEqual({
      filename: 'a.png',
      extension: 'png',
      mimeType: 'image/png',
      size: 42,
    });
    expect(remoteFileFacts('https://example.com/image', new Headers({ 'content-type': 'image/jpeg; charset=binary' }))).toEqual({
      filename: 'image',
      extension: 'jpg',
      mimeType: 'image/jpeg',
      size: -1,
    });
    expect(remoteFileFacts('https://example.com/blob')).toEqual({ filename: 'blob', extension: '', mimeType: 'application/octet-stream', size: -1 });
  });
});
