import { eq } from 'drizzle-orm';
import { uploadFiles } from '@tessera/db';
import { describe, expect, it } from 'vitest';
import { signedFilePreviewUrl, signedImagePreviewUrl } from '../../services/files/signed-url';
import { useIntegrationFixture } from '../../testing/fixtures';
import { pathOf, upload } from './testing';

describe('files surface: signed file URLs', () => {
  const fx = useIntegrationFixture();


  async function uploaded(name: string, data: Uint8Array | string, type?: string) {
    const res = await upload(fx.app, { name, data, type, token: fx.owner.token });
    expect(res.status).toBe(201);
    return res.body as { id: string; source_url: string; size: number };
  }

  it('streams the exact bytes and length, no login needed', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) % 256);
    const file = await uploaded('blob.png', bytes, 'image/png');
    const res = await fx.app.handle(new Request(`http://localhost:3000${pathOf(file.source_url)}`));
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-length')).toBe('300000');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends a file of a type it does not know as a download', async () => {
    const file = await uploaded('blob.bin', 'custom', 'application/x-custom');
    const res = await fx.app.request('GET', pathOf(file.source_url));
    expect(res.status).toBe(200);
    expect(res.text).toBe('custom');
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''blob.bin");
  });

  it('sends an attachment with an RFC 5987 filename when as_attachment=true', async () => {
    const file = await uploaded("Résumé (final) 'v2'.pdf", '%PDF-1.4 fake', 'application/pdf');
    const res = await fx.app.request('GET', pathOf(signedFilePreviewUrl(fx.app.deps, file.id, { asAttachment: true })));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''R%C3%A9sum%C3%A9%20%28final%29%20%27v2%27.pdf");
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.text).toBe('%PDF-1.4 fake');
    const inline = await fx.app.request('GET', `${pathOf(signedFilePreviewUrl(fx.app.deps, file.id))}&as_attachment=false`);
    expect(inline.headers.get('content-disposition')).toBeNull();
    expect(inline.headers.get('content-type')).toBe('application/pdf');
  });

  it('always sends HTML as a download, by type or by extension', async () => {
    const byType = await uploaded('page.txt', '<script>alert(1)</script>', 'text/html; charset=utf-8');
    const byExtension = await uploaded('page.HTM', '<script>alert(1)</script>', 'text/plain');
    const xhtml = await uploaded('doc.xml', '<html/>', 'application/xhtml+xml');
    for (const file of [byType, byExtension, xhtml]) {
      const res = await fx.app.request('GET', pathOf(file.source_url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/octet-stream');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('advertises byte ranges for audio and video, typed by name when sent without a type', async () => {
    const audio = await uploaded('a.mp3', 'ID3', 'audio/mpeg');
    const video = await uploaded('v.webm', 'webm', undefined);
    for (const [file, type] of [[audio, 'audio/mpeg'], [video, 'video/webm']] as const) {
      const res = await fx.app.request('GET', pathOf(file.source_url));
      expect(res.headers.get('accept-ranges')).toBe('bytes');
      expect(res.headers.get('content-type')).toBe(type);
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const file = await uploaded('h.txt', 'head body');
    const res = await fx.app.request('HEAD', pathOf(file.source_url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('9');
    expect(res.text).toBe('');
  });

  it('refuses tampered signatures with 404 "File not found or signature is invalid"', async () => {
    const file = await uploaded('t.txt', 'tamper');
    const url = new URL(file.source_url);
    const q = Object.fromEntries(url.searchParams);
    const other = await uploaded('other.txt', 'other');
    const variants: Array<[string, Record<string, string>]> = [
      // Change the first character to a different one, so the tampered signature never equals the real one.
      [file.id, { ...q, sign: `${q.sign!.startsWith('A') ? 'B' : 'A'}${q.sign!.slice(1)}` }],
      [file.id, { ...q, sign: q.sign!.replace(/=$/, '') }],
      [file.id, { ...q, nonce: 'ffffffffffffffffffffffffffffffff' }],
      [file.id, { ...q, timestamp: String(Number(q.timestamp) + 1) }],
      [other.id, q],
      ['00000000-0000-4000-8000-000000000000', q],
      ['not-a-uuid', q],
    ];
    for (const [id, query] of variants) {
      const res = await fx.app.request('GET', `/files/${id}/file-preview`, { query });
      expect(res.status, JSON.stringify(query)).toBe(404);
      expect(res.body).toEqual({ code: 'not_found', message: 'File not found or signature is invalid', status: 404 });
    }
    expect((await fx.app.request('GET', `/files/${file.id}/file-preview`, { query: q })).status).toBe(200);
  });

  it('answers 404 for a correctly signed id with no file behind it', async () => {
    const missing = '00000000-0000-4000-8000-000000000001';
    const res = await fx.app.request('GET', pathOf(signedFilePreviewUrl(fx.app.deps, missing)));
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('File not found or signature is invalid');
  });

  it('expires a URL after FILES_ACCESS_TIMEOUT seconds', async () => {
    const file = await uploaded('e.txt', 'expiring');
    const url = pathOf(signedFilePreviewUrl(fx.app.deps, file.id));
    fx.app.advanceClock(fx.app.deps.config.filesAccessTimeoutSeconds * 1000);
    expect((await fx.app.request('GET', url)).status).toBe(200);
    fx.app.advanceClock(1000);
    const expired = await fx.app.request('GET', url);
    expect(expired.status).toBe(404);
    expect(expired.body.message).toBe('File not found or signature is invalid');
    expect((await fx.app.request('GET', pathOf(signedFilePreviewUrl(fx.app.deps, file.id)))).status).toBe(200);
  });

  it('names a missing signature parameter with 400 invalid_param', async () => {
    const file = await uploaded('m.txt', 'missing');
    const q = Object.fromEntries(new URL(file.source_url).searchParams);
    for (const name of ['timestamp', 'nonce', 'sign']) {
      const query = { ...q };
      delete query[name];
      const res = await fx.app.request('GET', `/files/${file.id}/file-preview`, { query });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'invalid_param', params: name, status: 400 });
    }
  });

  it('answers 404 when the stored object has gone', async () => {
    const file = await uploaded('gone.txt', 'gone');
    const [row] = await fx.app.deps.db.select().from(uploadFiles).where(eq(uploadFiles.id, file.id));
    await fx.app.deps.storage.delete(row!.key);
    const res = await fx.app.request('GET', pathOf(file.source_url));
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it('serves images on the deprecated image-preview route with its own signature', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const image = await uploaded('pic.PNG', png, 'image/png');
    const res = await fx.app.handle(new Request(`http://localhost:3000${pathOf(signedImagePreviewUrl(fx.app.deps, image.id))}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(png);

    const fileSigned = new URL(image.source_url).search;
    const wrongPrefix = await fx.app.request('GET', `/files/${image.id}/image-preview${fileSigned}`);
    expect(wrongPrefix.status).toBe(404);

    const text = await uploaded('not-image.txt', 'words');
    const notImage = await fx.app.request('GET', pathOf(signedImagePreviewUrl(fx.app.deps, text.id)));
    expect(notImage.status).toBe(415);
    expect(notImage.body).toEqual({ code: 'unsupported_file_type', message: 'File type not allowed.', status: 415 });
  });

  it('documents its routes in /files/openapi.json', async () => {
    const doc = await fx.app.request('GET', '/files/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.paths['/{file_id}/file-preview'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      'file_id',
      'timestamp',
      'nonce',
      'sign',
      'as_attachment',
    ]);
    expect(doc.body.paths['/{file_id}/image-preview'].get.deprecated).toBe(true);
    expect(doc.body.paths['/{file_id}/file-preview'].get.responses['404'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
  });
});
