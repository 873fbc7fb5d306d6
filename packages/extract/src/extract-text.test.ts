import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentExtractionError, extractText, UnsupportedDocumentError } from './index';
import { buildDocx, buildPdf, buildXlsx } from './test-fixtures';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tessera-extract-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Writes the fixture to disk and reads it back, as an upload would arrive. */
async function roundTrip(name: string, content: Uint8Array | string): Promise<Uint8Array> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return new Uint8Array(await readFile(file));
}

async function extractFile(name: string, content: Uint8Array | string, mimeType?: string): Promise<string> {
  const data = await roundTrip(name, content);
  return extractText({ data, extension: path.extname(name), mimeType });
}

describe('plain text', () => {
  it.each(['txt', 'md', 'markdown', 'mdx', 'csv', 'vtt', 'properties', 'xml', 'json'])('decodes .%s as UTF-8', async (ext) => {
    expect(await extractFile(`doc.${ext}`, 'Grüße, 世界\nline two')).toBe('Grüße, 世界\nline two');
  });

  it('drops a UTF-8 byte order mark', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name,age\nAnn,30', 'utf8')]);
    expect(await extractFile('people.csv', bom)).toBe('name,age\nAnn,30');
  });

  it('reads UTF-16 files that start with a byte order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hé 16le', 'utf16le')]);
    expect(await extractFile('le.txt', le)).toBe('hé 16le');
    const be = Buffer.from('hé 16be', 'utf16le').swap16();
    expect(await extractFile('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe('hé 16be');
  });

  it('keeps a WebVTT file as it is', async () => {
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello there\n';
    expect(await extractFile('captions.vtt', vtt)).toBe(vtt);
  });

  it('strips NUL characters, which Postgres rejects', async () => {
    expect(await extractFile('nul.txt', 'a\u0000b\u0000\u0000c')).toBe('abc');
  });

  it('replaces invalid UTF-8 instead of failing', async () => {
    expect(await extractFile('bad.txt', Buffer.from([0x61, 0xff, 0x62]))).toBe('a\ufffdb');
  });
});

describe('html', () => {
  const page = `<!doctype html><html><head><title>T</title><style>p { color: red }</style>
    <script>window.secret = "do not index";</script></head>
    <body><h1>Release notes</h1><p>Fixed <b>three</b> bugs &amp; added <a href="https://example.com/x">a link</a>.</p>
    <ul><li>first</li><li>second</li></ul><img src="x.png" alt="picture">
    <table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>30</td></tr></table>
    <noscript>enable scripts</noscript><script type="module">console.log('hidden')</script></body></html>`;

  it.each(['html', 'htm'])('keeps the text of a .%s file and drops tags, scripts and styles', async (ext) => {
    const text = await extractFile(`page.${ext}`, page);
    expect(text).toContain('Release notes');
    expect(text).toContain('Fixed three bugs & added a link.');
    expect(text).toMatch(/\*\s+first\n\s*\*\s+second/);
    expect(text).toMatch(/Name\s+Age\nAnn\s+30/);
    for (const hidden of ['<', 'do not index', 'hidden', 'color: red', 'example.com', 'x.png', 'enable scripts']) {
      expect(text).not.toContain(hidden);
    }
  });
});

describe('pdf', () => {
  it('extracts the text of every page, in order', async () => {
    const text = await extractFile('report.pdf', buildPdf(['Quarterly report (draft)', 'Second page: café']));
    expect(text).toBe('Quarterly report (draft)\n\nSecond page: café');
  });

  it('reads compressed content streams', async () => {
    expect(await extractFile('compressed.pdf', buildPdf(['Deflated text'], { compress: true }))).toBe('Deflated text');
  });

  it('leaves the caller’s buffer usable', async () => {
    const data = await roundTrip('twice.pdf', buildPdf(['Read me twice']));
    expect(await extractText({ data, extension: 'pdf' })).toBe('Read me twice');
    expect(data.byteLength).toBeGreaterThan(0);
    expect(await extractText({ data, extension: 'pdf' })).toBe('Read me twice');
  });

  it('reports a corrupt PDF as a DocumentExtractionError', async () => {
    const error = await extractFile('broken.pdf', 'this is not a pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentExtractionError);
    expect((error as Error).message).toMatch(/^Could not extract text from the \.pdf file/);
  });
});

describe('docx', () => {
  it('extracts paragraphs with mammoth', async () => {
    const text = await extractFile('letter.docx', buildDocx(['Dear team,', 'Shipping on Friday — ünïcode & <ok>.']));
    expect(text.trim()).toBe('Dear team,\n\nShipping on Friday — ünïcode & <ok>.');
  });

  it('reports a docx that is not a zip as a DocumentExtractionError', async () => {
    await expect(extractFile('fake.docx', 'plain text')).rejects.toBeInstanceOf(DocumentExtractionError);
  });
});

describe('xlsx', () => {
  it('turns each row into "column":"value" pairs, sheet by sheet', async () => {
    const workbook = buildXlsx({
      People: [
        ['Name', 'Age', 'City'],
        ['Ann', 30, 'Oslo'],
        [null, null, null],
        ['Bob', null, 'Rome'],
      ],
      Other: [['Key'], ['value & more']],
    });
    expect(await extractFile('people.xlsx', workbook)).toBe(
      '"Name":"Ann";"Age":"30";"City":"Oslo"\n"Name":"Bob";"City":"Rome"\n"Key":"value & more"',
    );
  });
});

describe('eml', () => {
  it('gives the main headers and the plain-text body', async () => {
    const eml = [
      'From: Ann Example <ann@example.com>',
      'To: Bob <bob@example.com>',
      'Subject: =?UTF-8?Q?Caf=C3=A9_plans?=',
      'Date: Tue, 03 Mar 2026 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Meet at the caf=C3=A9 at noon.',
      '',
    ].join('\r\n');
    expect(await extractFile('mail.eml', eml)).toBe(
      'Subject: Café plans\nFrom: Ann Example <ann@example.com>\nTo: Bob <bob@example.com>\n' +
        'Date: 2026-03-03T10:00:00.000Z\n\nMeet at the café at noon.',
    );
  });

  it('turns an HTML-only body into text', async () => {
    const eml = [
      'From: a@example.com',
      'Subject: html only',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Hello <b>world</b></p><script>bad()</script>',
      '',
    ].join('\r\n');
    const text = await extractFile('html.eml', eml);
    expect(text).toContain('Hello world');
    expect(text).not.toContain('bad()');
  });
});

describe('choosing the extractor', () => {
  it('accepts extensions with a dot and in any case', async () => {
    const data = new TextEncoder().encode('hi');
    expect(await extractText({ data, extension: '.TXT' })).toBe('hi');
    expect(await extractText({ data, extension: 'Md' })).toBe('hi');
  });

  it('falls back to the MIME type when there is no extension', async () => {
    expect(await extractFile('no-extension', buildPdf(['By MIME type']), 'application/pdf')).toBe('By MIME type');
    expect(await extractFile('plain', 'text body', 'text/plain; charset=utf-8')).toBe('text body');
  });

  it.each(['doc', 'ppt', 'pptx', 'xls', 'msg', 'epub', 'png', ''])('rejects .%s with UnsupportedDocumentError', async (ext) => {
    const error = await extractText({ data: new Uint8Array([1, 2, 3]), extension: ext }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedDocumentError);
    expect((error as UnsupportedDocumentError).extension).toBe(ext);
  });
});
