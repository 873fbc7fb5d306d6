import { beforeAll, describe, expect, it } from 'vitest';
import { signedImagePreviewUrl } from '../../services/files/signed-url';
import { type TestResponse } from '../../testing';
import { useIntegrationFixture } from '../../testing/fixtures';
import { pathOf, upload } from './testing';

const SANDBOX = "sandbox; default-src 'none'; media-src 'self'";
const OCTET = 'application/octet-stream';
const HTML_BODY = '<html><body><script>fetch("/console/api/workspaces/current/members")</script></body></html>';
const XHTML_BODY = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>alert(document.cookie)</script></html>`;

describe('files surface: what a browser may do with a served file', () => {
  const fx = useIntegrationFixture();


  async function uploaded(name: string, data: Uint8Array | string, type: string) {
    const res = await upload(fx.app, { name, data, type, token: fx.owner.token });
    expect(res.status).toBe(201);
    return res.body as { id: string; source_url: string };
  }

  function expectSafetyHeaders(res: TestResponse, label: string) {
    expect(res.headers.get('x-content-type-options'), label).toBe('nosniff');
    expect(res.headers.get('content-security-policy'), label).toBe(SANDBOX);
    expect(res.headers.get('cross-origin-resource-policy'), label).toBe('cross-origin');
  }

  it('downloads every file a browser would render as a document, whatever its case or parameters', async () => {
    const cases: Array<[string, string, string]> = [
      ['report.xml', 'application/xml', XHTML_BODY],
      ['report.xml', 'Application/XML; charset=x', XHTML_BODY],
      ['report.xml', 'text/xml', XHTML_BODY],
      ['page.xhtml', 'application/xhtml+xml', XHTML_BODY],
      ['style.xsl', 'text/xsl', XHTML_BODY],
      ['feed.rss', 'application/rss+xml', XHTML_BODY],
      ['page.html', 'text/html', HTML_BODY],
      ['page.htm', 'TEXT/HTML; charset=utf-8', HTML_BODY],
      ['app.js', 'text/javascript', 'alert(1)'],
      ['data.json', 'application/json', '{"a":1}'],
      ['photo.png', 'text/html', HTML_BODY],
      ['notes.txt', 'text/html', HTML_BODY],
    ];
    for (const [name, type, body] of cases) {
      const label = `${name} as ${type}`;
      const file = await uploaded(name, body, type);
      const res = await fx.app.request('GET', pathOf(file.source_url));
      expect(res.status, label).toBe(200);
      expect(res.headers.get('content-type'), label).toBe(OCTET);
      expect(res.headers.get('content-disposition'), label).toBe(`attachment; filename*=UTF-8''${name}`);
      expect(res.text, label).toBe(body);
      expectSafetyHeaders(res, label);
    }
  });

  it('downloads SVG but keeps its image type, so <img> can still draw it', async () => {
    const svg = await uploaded('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml');
    for (const url of [pathOf(svg.source_url), pathOf(signedImagePreviewUrl(fx.app.deps, svg.id))]) {
      const res = await fx.app.request('GET', url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toBe('image/svg+xml');
      expect(res.headers.get('content-disposition'), url).toBe("attachment; filename*=UTF-8''logo.svg");
      expectSafetyHeaders(res, url);
    }
  });

  it('shows raster images, PDFs, media and plain text inline, sandboxed', async () => {
    const cases: Array<[string, string, string, string]> = [
      ['pic.png', 'image/png', '\x89PNG', 'image/png'],
      ['pic.JPEG', 'IMAGE/JPEG; name=x', 'jpeg', 'image/jpeg'],
      ['paper.pdf', 'application/pdf', '%PDF-1.4', 'application/pdf'],
      ['song.mp3', 'audio/mpeg', 'ID3', 'audio/mpeg'],
      ['clip.mp4', 'video/mp4', 'ftyp', 'video/mp4'],
      ['notes.txt', 'text/plain', 'hello', 'text/plain; charset=utf-8'],
      ['table.csv', 'text/csv; charset=gbk', 'a,b', 'text/plain; charset=gbk'],
      ['readme.md', 'text/markdown', '# hi', 'text/plain; charset=utf-8'],
      // An HTML body behind an image type and extension stays an image: nosniff forbids guessing.
      ['photo.png', 'image/png', HTML_BODY, 'image/png'],
    ];
    for (const [name, type, body, served] of cases) {
      const label = `${name} as ${type}`;
      const file = await uploaded(name, body, type);
      const res = await fx.app.request('GET', pathOf(file.source_url));
      expect(res.status, label).toBe(200);
      expect(res.headers.get('content-type'), label).toBe(served);
      expect(res.headers.get('content-disposition'), label).toBeNull();
      expect(res.headers.get('accept-ranges'), label).toBe('bytes');
      expectSafetyHeaders(res, label);
    }
  });

  it('applies the same rule on the image-preview route', async () => {
    const disguised = await uploaded('photo.png', HTML_BODY, 'image/png');
    const mislabelled = await uploaded('photo.png', HTML_BODY, 'text/html');
    const shown = await fx.app.request('GET', pathOf(signedImagePreviewUrl(fx.app.deps, disguised.id)));
    expect(shown.headers.get('content-type')).toBe('image/png');
    expect(shown.headers.get('content-disposition')).toBeNull();
    expectSafetyHeaders(shown, 'image/png');
    const downloaded = await fx.app.request('GET', pathOf(signedImagePreviewUrl(fx.app.deps, mislabelled.id)));
    expect(downloaded.headers.get('content-type')).toBe(OCTET);
    expect(downloaded.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''photo.png");
    expectSafetyHeaders(downloaded, 'text/html');
  });

  describe('byte ranges', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 7) % 256);
    let song: string;

    beforeAll(async () => {
      song = pathOf((await uploaded('song.mp3', bytes, 'audio/mpeg')).source_url);
    });

    async function ranged(range: string, extra: Record<string, string> = {}, method = 'GET') {
      const res = await fx.app.handle(new Request(`http://localhost:3000${song}`, { method, headers: { range, ...extra } }));
      return { res, body: new Uint8Array(await res.arrayBuffer()) };
    }

    it('serves the first, an open-ended and a suffix range with 206', async () => {
      for (const [range, start, end] of [
        ['bytes=0-9', 0, 9],
        ['bytes=990-', 990, 999],
        ['bytes=-5', 995, 999],
        ['bytes=500-5000', 500, 999],
      ] as const) {
        const { res, body } = await ranged(range);
        expect(res.status, range).toBe(206);
        expect(res.headers.get('content-range'), range).toBe(`bytes ${start}-${end}/1000`);
        expect(res.headers.get('content-length'), range).toBe(String(end - start + 1));
        expect(res.headers.get('content-type'), range).toBe('audio/mpeg');
        expect(res.headers.get('content-security-policy'), range).toBe(SANDBOX);
        expect(body, range).toEqual(bytes.subarray(start, end + 1));
      }
    });

    it('answers 416 with the size for a range past the end', async () => {
      for (const range of ['bytes=1000-', 'bytes=-0']) {
        const { res, body } = await ranged(range);
        expect(res.status, range).toBe(416);
        expect(res.headers.get('content-range'), range).toBe('bytes */1000');
        expect(res.headers.get('x-content-type-options'), range).toBe('nosniff');
        expect(JSON.parse(new TextDecoder().decode(body))).toEqual({
          code: 'requested_range_not_satisfiable',
          message: 'The server cannot provide the requested range.',
          status: 416,
        });
      }
    });

    it('sends the whole file for ranges it does not serve, and for If-Range', async () => {
      for (const [range, extra] of [['bytes=0-1,5-6', {}], ['items=0-5', {}], ['bytes=9-2', {}], ['bytes=0-9', { 'if-range': '"x"' }]] as const) {
        const { res, body } = await ranged(range, extra);
        expect(res.status, range).toBe(200);
        expect(res.headers.get('content-range'), range).toBeNull();
        expect(body, range).toEqual(bytes);
      }
    });

    it('answers HEAD with the range headers and no body', async () => {
      const { res, body } = await ranged('bytes=10-19', {}, 'HEAD');
      expect(res.status).toBe(206);
      expect(res.headers.get('content-range')).toBe('bytes 10-19/1000');
      expect(res.headers.get('content-length')).toBe('10');
      expect(body.byteLength).toBe(0);
    });

    it('serves ranges of downloads too', async () => {
      const pdf = await uploaded('paper.pdf', '%PDF-1.4 0123456789', 'application/pdf');
      const res = await fx.app.handle(new Request(`http://localhost:3000${pathOf(pdf.source_url)}&as_attachment=true`, { headers: { range: 'bytes=9-' } }));
      expect(res.status).toBe(206);
      expect(res.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''paper.pdf");
      expect(await res.text()).toBe('0123456789');
    });
  });
});
