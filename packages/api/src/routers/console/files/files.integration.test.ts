import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDocx, buildPdf } from '@tessera/extract/testing';
import { describe, expect, it } from 'vitest';
import { storeUpload } from '../../../services/files/upload-file';
import { seedMember, seedWorkspace, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { MULTIPART_HEADERS, pathOf, rawMultipart, storedFiles, upload, uploadRows } from '../../files/testing';

const MB = 1024 * 1024;

describe('console files', () => {
  const fx = useIntegrationFixture();


  /** Asserts that a failed request left no row and no stored object behind. */
  async function expectNothingWritten(workspaceId: string, before: { rows: number; files: number }) {
    expect((await uploadRows(fx.app, workspaceId)).length).toBe(before.rows);
    expect((await storedFiles(fx.app, workspaceId)).length).toBe(before.files);
  }

  async function counts(workspaceId: string) {
    return { rows: (await uploadRows(fx.app, workspaceId)).length, files: (await storedFiles(fx.app, workspaceId)).length };
  }

  it('returns the upload limits from the configuration', async () => {
    const res = await fx.app.request('GET', '/console/api/files/upload', { token: fx.owner.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      file_size_limit: 15,
      batch_count_limit: 5,
      file_upload_limit: 20,
      image_file_size_limit: 10,
      video_file_size_limit: 100,
      audio_file_size_limit: 50,
      workflow_file_upload_limit: 10,
      image_file_batch_limit: 10,
      single_chunk_attachment_limit: 10,
      attachment_image_file_size_limit: 2,
    });
    expect((await fx.app.request('GET', '/console/api/files/upload')).status).toBe(401);
  });

  it('stores an upload and answers 201 with a FileResponse whose signed source_url serves the same bytes', async () => {
    const content = 'Quarterly numbers\nline two\n';
    const before = Math.floor(fx.app.deps.now().getTime() / 1000);
    const res = await upload(fx.app, { name: 'Report.TXT', data: content, type: 'text/plain', token: fx.owner.token });
    expect(res.status).toBe(201);
    const body = res.body;
    expect(Object.keys(body).sort()).toEqual(
      ['id', 'name', 'size', 'extension', 'mime_type', 'created_by', 'created_at', 'preview_url', 'source_url', 'original_url', 'user_id', 'tenant_id', 'conversation_id', 'file_key'].sort(),
    );
    expect(body).toMatchObject({
      name: 'Report.TXT',
      size: Buffer.byteLength(content),
      extension: 'txt',
      mime_type: 'text/plain',
      created_by: fx.owner.accountId,
      preview_url: null,
      original_url: null,
      user_id: null,
      tenant_id: fx.owner.workspaceId,
      conversation_id: null,
      file_key: null,
    });
    // The upload's second, which a slow run can see tick over before the assertion.
    expect(body.created_at).toBeGreaterThanOrEqual(before);
    expect(body.created_at).toBeLessThanOrEqual(Math.floor(fx.app.deps.now().getTime() / 1000));
    expect(Number.isInteger(body.created_at)).toBe(true);
    const source = new URL(body.source_url);
    expect(source.pathname).toBe(`/files/${body.id}/file-preview`);
    expect(source.searchParams.get('nonce')).toMatch(/^[0-9a-f]{32}$/);

    const [row] = (await uploadRows(fx.app, fx.owner.workspaceId)).filter((r) => r.id === body.id);
    expect(row).toMatchObject({ workspaceId: fx.owner.workspaceId, createdBy: fx.owner.accountId, createdByRole: 'account', storageType: 'local', source: null });
    expect(row!.key).toMatch(new RegExp(`^upload_files/${fx.owner.workspaceId}/[0-9a-f-]{36}\\.txt$`));
    expect(row!.hash).toBe(createHash('sha3-256').update(content).digest('hex'));
    const root = (fx.app.deps.config.storage as { root: string }).root;
    expect(await readFile(path.join(root, row!.key), 'utf8')).toBe(content);

    const download = await fx.app.request('GET', pathOf(body.source_url));
    expect(download.status).toBe(200);
    expect(download.text).toBe(content);
    expect(download.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('guesses the MIME type from the extension when the part has no Content-Type', async () => {
    const pdf = buildPdf(['Hello PDF']);
    const res = await fx.app.request('POST', '/console/api/files/upload', {
      body: rawMultipart([{ name: 'file', filename: 'scan.PDF', data: pdf }]),
      headers: MULTIPART_HEADERS,
      token: fx.owner.token,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ extension: 'pdf', mime_type: 'application/pdf', size: pdf.byteLength });

    const sentTypes: Array<[string | undefined, string]> = [
      ['application/octet-stream', 'image/png'],
      ['image/pngé', 'image/png'],
      ['not a type', 'image/png'],
      ['image/x-custom; q=1', 'image/x-custom; q=1'],
    ];
    for (const [contentType, expected] of sentTypes) {
      const sent = await fx.app.request('POST', '/console/api/files/upload', {
        body: rawMultipart([{ name: 'file', filename: 'p.png', contentType, data: 'png' }]),
        headers: MULTIPART_HEADERS,
        token: fx.owner.token,
      });
      expect(sent.status, contentType).toBe(201);
      expect(sent.body.mime_type, contentType).toBe(expected);
    }
  });

  it('truncates names over 200 characters and keeps Unicode names', async () => {
    const long = await upload(fx.app, { name: `${'n'.repeat(230)}.final.md`, data: '# t', token: fx.owner.token });
    expect(long.status).toBe(201);
    expect(long.body.name).toBe(`${'n'.repeat(200)}.md`);
    const unicode = await upload(fx.app, { name: 'Bericht für Q3 – 文件.md', data: '# ü', token: fx.owner.token });
    expect(unicode.status).toBe(201);
    expect(unicode.body.name).toBe('Bericht für Q3 – 文件.md');
  });

  it('answers each upload error with its code and writes nothing', async () => {
    const before = await counts(fx.owner.workspaceId);
    const send = (body: Uint8Array<ArrayBuffer>) => fx.app.request('POST', '/console/api/files/upload', { body, headers: MULTIPART_HEADERS, token: fx.owner.token });

    const none = await send(rawMultipart([{ name: 'source', data: 'datasets' }]));
    expect(none.status).toBe(400);
    expect(none.body).toEqual({ code: 'no_file_uploaded', message: 'Please upload your file.', status: 400 });

    const fieldNotFile = await send(rawMultipart([{ name: 'file', data: 'just text' }]));
    expect(fieldNotFile.body.code).toBe('no_file_uploaded');

    const notMultipart = await fx.app.request('POST', '/console/api/files/upload', { json: { file: 'x' }, token: fx.owner.token });
    expect(notMultipart.status).toBe(400);
    expect(notMultipart.body.code).toBe('no_file_uploaded');

    const two = await send(
      rawMultipart([
        { name: 'file', filename: 'a.txt', data: 'a' },
        { name: 'other', filename: 'b.txt', data: 'b' },
      ]),
    );
    expect(two.status).toBe(400);
    expect(two.body).toEqual({ code: 'too_many_files', message: 'Only one file is allowed.', status: 400 });

    const unnamed = await send(rawMultipart([{ name: 'file', filename: '', data: 'x' }]));
    expect(unnamed.status).toBe(400);
    expect(unnamed.body).toEqual({ code: 'filename_not_exists_error', message: 'The specified filename does not exist.', status: 400 });

    for (const name of ['a/b.txt', 'a\\b.txt', 'a:b.txt', 'a*b.txt', 'a?b.txt', 'a<b.txt', 'a>b.txt', 'a|b.txt', 'a"b.txt']) {
      const bad = await send(rawMultipart([{ name: 'file', filename: name.replace('"', '\\"'), data: 'x' }]));
      expect(bad.status, name).toBe(400);
      expect(bad.body, name).toEqual({ code: 'invalid_param', message: 'Filename contains invalid characters', status: 400 });
    }

    const malformed = await fx.app.request('POST', '/console/api/files/upload', {
      body: '--tessera-test-boundary-7d1f\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nno end',
      headers: MULTIPART_HEADERS,
      token: fx.owner.token,
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('bad_request');

    const datasetsImage = await upload(fx.app, { name: 'photo.png', data: 'png', type: 'image/png', source: 'datasets', token: fx.owner.token });
    expect(datasetsImage.status).toBe(415);
    expect(datasetsImage.body).toEqual({ code: 'unsupported_file_type', message: 'File type not allowed.', status: 415 });

    const unauthenticated = await upload(fx.app, { name: 'a.txt', data: 'x' });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.body.code).toBe('unauthorized');

    await expectNothingWritten(fx.owner.workspaceId, before);
  });

  it('refuses blacklisted extensions with file_extension_blocked', async () => {
    const before = await counts(fx.owner.workspaceId);
    const upload_ = fx.app.deps.config.upload;
    const original = upload_.extensionBlacklist;
    upload_.extensionBlacklist = ['exe', 'sh'];
    try {
      const res = await upload(fx.app, { name: 'Setup.EXE', data: 'MZ', token: fx.owner.token });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ code: 'file_extension_blocked', message: "File extension '.exe' is not allowed for security reasons", status: 400 });
      expect((await upload(fx.app, { name: 'notes.txt', data: 'fine', token: fx.owner.token })).status).toBe(201);
      before.rows += 1;
      before.files += 1;
    } finally {
      upload_.extensionBlacklist = original;
    }
    await expectNothingWritten(fx.owner.workspaceId, before);
  });

  it('applies the size limit of the file class: image 10 MB, other 15 MB, audio 50 MB, video 100 MB', async () => {
    const before = await counts(fx.owner.workspaceId);
    const image = await upload(fx.app, { name: 'big.png', data: new Uint8Array(10 * MB + 1), type: 'image/png', token: fx.owner.token });
    expect(image.status).toBe(413);
    expect(image.body).toMatchObject({ code: 'file_too_large', status: 413 });
    expect(image.body.message).toContain('10 MB');
    const other = await upload(fx.app, { name: 'big.txt', data: new Uint8Array(15 * MB + 1), token: fx.owner.token });
    expect(other.status).toBe(413);
    expect(other.body.code).toBe('file_too_large');
    await expectNothingWritten(fx.owner.workspaceId, before);

    const imageAtLimit = await upload(fx.app, { name: 'edge.png', data: new Uint8Array(10 * MB), type: 'image/png', token: fx.owner.token });
    expect(imageAtLimit.status).toBe(201);
    const textOverImageLimit = await upload(fx.app, { name: 'long.txt', data: new Uint8Array(12 * MB), token: fx.owner.token });
    expect(textOverImageLimit.status).toBe(201);
    const audioOverOtherLimit = await upload(fx.app, { name: 'talk.mp3', data: new Uint8Array(16 * MB), token: fx.owner.token });
    expect(audioOverOtherLimit.status).toBe(201);
    expect(audioOverOtherLimit.body.mime_type).toBe('audio/mpeg');

    const limits = fx.app.deps.config.upload;
    const saved = { ...limits };
    Object.assign(limits, { videoFileSizeLimitMb: 1, audioFileSizeLimitMb: 2 });
    try {
      const video = await upload(fx.app, { name: 'clip.mp4', data: new Uint8Array(MB + 1), type: 'video/mp4', token: fx.owner.token });
      expect(video.status).toBe(413);
      const audio = await upload(fx.app, { name: 'clip.mp3', data: new Uint8Array(2 * MB + 1), token: fx.owner.token });
      expect(audio.status).toBe(413);
    } finally {
      Object.assign(limits, saved);
    }
    expect((await counts(fx.owner.workspaceId)).rows).toBe(before.rows + 3);
  });

  it('refuses a body declared larger than the largest limit before reading it', async () => {
    const before = await counts(fx.owner.workspaceId);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const res = await fx.app.handle(
      new Request('http://localhost:3000/console/api/files/upload', {
        method: 'POST',
        headers: { ...MULTIPART_HEADERS, 'content-length': String(101 * MB), authorization: `Bearer ${fx.owner.token}` },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('file_too_large');
    // The stream's start-up may queue one chunk; the handler reads none.
    expect(pulled).toBeLessThanOrEqual(1);
    await expectNothingWritten(fx.owner.workspaceId, before);
  });

  it('stops reading a body that sends more than it may, whatever it declared', async () => {
    const before = await counts(fx.owner.workspaceId);
    const limits = fx.app.deps.config.upload;
    const saved = { ...limits };
    Object.assign(limits, { fileSizeLimitMb: 1, imageFileSizeLimitMb: 1, videoFileSizeLimitMb: 1, audioFileSizeLimitMb: 1 });
    let sent = 0;
    const head = new TextEncoder().encode(
      '--tessera-test-boundary-7d1f\r\nContent-Disposition: form-data; name="file"; filename="endless.txt"\r\n\r\n',
    );
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = sent === 0 ? head : new Uint8Array(256 * 1024);
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    try {
      const res = await fx.app.handle(
        new Request('http://localhost:3000/console/api/files/upload', {
          method: 'POST',
          headers: { ...MULTIPART_HEADERS, authorization: `Bearer ${fx.owner.token}` },
          body,
          duplex: 'half',
        } as RequestInit),
      );
      expect(res.status).toBe(413);
      expect((await res.json()).code).toBe('file_too_large');
      expect(sent).toBeLessThan(2 * MB);
    } finally {
      Object.assign(limits, saved);
    }
    await expectNothingWritten(fx.owner.workspaceId, before);
  });

  it('removes the stored object again when its row cannot be written', async () => {
    const ghostWorkspace = '00000000-0000-4000-8000-00000000abcd';
    await expect(
      storeUpload(fx.app.deps, { workspaceId: ghostWorkspace, createdBy: fx.owner.accountId, createdByRole: 'account' }, { filename: 'orphan.txt', data: new TextEncoder().encode('x') }),
    ).rejects.toThrow();
    expect(await storedFiles(fx.app, ghostWorkspace)).toEqual([]);
    expect(await uploadRows(fx.app, ghostWorkspace)).toEqual([]);
  });

  it('lets only knowledge-base editors upload with source=datasets', async () => {
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const before = await counts(fx.owner.workspaceId);
    const refused = await upload(fx.app, { name: 'doc.md', data: '# x', source: 'datasets', token: normal.token });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'forbidden', status: 403 });
    await expectNothingWritten(fx.owner.workspaceId, before);

    const plain = await upload(fx.app, { name: 'doc.md', data: '# x', token: normal.token });
    expect(plain.status).toBe(201);
    for (const role of ['dataset_operator', 'editor', 'admin'] as const) {
      const member = await seedMember(fx.app, fx.owner.workspaceId, role);
      const res = await upload(fx.app, { name: 'kb.pdf', data: buildPdf(['kb']), type: 'application/pdf', source: 'datasets', token: member.token });
      expect(res.status, role).toBe(201);
      const [row] = (await uploadRows(fx.app, fx.owner.workspaceId)).filter((r) => r.id === res.body.id);
      expect(row!.source).toBe('datasets');
    }
  });

  it('previews the text of document uploads, cut to 3000 characters', async () => {
    const docs: Array<[string, Uint8Array | string, string | undefined, string]> = [
      ['notes.txt', 'plain words', 'text/plain', 'plain words'],
      ['readme.md', '# Title\n\nBody text', undefined, '# Title\n\nBody text'],
      ['page.html', '<html><body><h1>Heading</h1><p>Para</p></body></html>', 'text/html', 'Para'],
      ['table.csv', 'a,b\n1,2', 'text/csv', 'a,b\n1,2'],
      ['paper.pdf', buildPdf(['First page text', 'Second page text']), 'application/pdf', 'Second page text'],
      ['letter.docx', buildDocx(['Dear reader,', 'Regards']), undefined, 'Dear reader,'],
    ];
    for (const [name, data, type, expected] of docs) {
      const uploaded = await upload(fx.app, { name, data, type, token: fx.owner.token });
      expect(uploaded.status, name).toBe(201);
      const res = await fx.app.request('GET', `/console/api/files/${uploaded.body.id}/preview`, { token: fx.owner.token });
      expect(res.status, name).toBe(200);
      expect(Object.keys(res.body)).toEqual(['content']);
      expect(res.body.content, name).toContain(expected);
    }

    const long = await upload(fx.app, { name: 'long.txt', data: `${'é'.repeat(2999)}😀tail`, token: fx.owner.token });
    const preview = await fx.app.request('GET', `/console/api/files/${long.body.id}/preview`, { token: fx.owner.token });
    expect([...preview.body.content]).toHaveLength(3000);
    expect(preview.body.content.endsWith('😀')).toBe(true);
  });

  it('answers 415 for files that are not readable documents', async () => {
    const image = await upload(fx.app, { name: 'pic.png', data: 'png', type: 'image/png', token: fx.owner.token });
    const res = await fx.app.request('GET', `/console/api/files/${image.body.id}/preview`, { token: fx.owner.token });
    expect(res.status).toBe(415);
    expect(res.body).toEqual({ code: 'unsupported_file_type', message: 'File type not allowed.', status: 415 });
    const legacyWord = await upload(fx.app, { name: 'old.doc', data: 'binary', token: fx.owner.token });
    expect((await fx.app.request('GET', `/console/api/files/${legacyWord.body.id}/preview`, { token: fx.owner.token })).status).toBe(415);
  });

  it("hides another workspace's files and unknown ids behind 404", async () => {
    const other: SeededUser = await seedWorkspace(fx.app, 'other');
    const theirs = await upload(fx.app, { name: 'secret.txt', data: 'their secret', token: other.token });
    expect(theirs.status).toBe(201);
    expect(theirs.body.tenant_id).toBe(other.workspaceId);
    for (const id of [theirs.body.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await fx.app.request('GET', `/console/api/files/${id}/preview`, { token: fx.owner.token });
      expect(res.status, id).toBe(404);
      expect(res.body, id).toEqual({ code: 'not_found', message: 'File not found', status: 404 });
    }
    const own = await fx.app.request('GET', `/console/api/files/${theirs.body.id}/preview`, { token: other.token });
    expect(own.body.content).toBe('their secret');
    expect((await fx.app.request('GET', `/console/api/files/${theirs.body.id}/preview`)).status).toBe(401);
  });

  it('lists the document extensions in lower and upper case', async () => {
    const res = await fx.app.request('GET', '/console/api/files/support-type', { token: fx.owner.token });
    expect(res.status).toBe(200);
    const list: string[] = res.body.allowed_extensions;
    for (const ext of ['txt', 'md', 'pdf', 'docx', 'html', 'csv', 'TXT', 'PDF', 'DOCX']) expect(list).toContain(ext);
    expect(list.length % 2).toBe(0);
    expect(new Set(list.map((e) => e.toLowerCase())).size).toBe(list.length / 2);
  });

  it('documents the plain upload route next to the procedures', async () => {
    const doc = await fx.app.request('GET', '/console/api/openapi.json');
    expect(doc.status).toBe(200);
    const item = doc.body.paths['/files/upload'];
    expect(item.get).toBeDefined();
    expect(item.post.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(item.post.responses['201'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/FileResponse' });
    expect(Object.keys(doc.body.components.schemas.FileResponse.properties)).toContain('source_url');
    expect(item.post.responses['413'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    expect(doc.body.paths['/files/{file_id}/preview'].get).toBeDefined();
    expect(doc.body.paths['/files/support-type'].get).toBeDefined();

    const merged = await fx.app.request('GET', '/openapi.json');
    expect(merged.body.paths['/console/api/files/upload'].post).toBeDefined();
    expect(merged.body.paths['/files/{file_id}/file-preview'].get).toBeDefined();
  });
});
