import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationReplyJobs } from '@tessera/db';
import { cosineSimilarity, deterministicEmbedding, startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { MULTIPART_HEADERS, rawMultipart, upload } from '../../files/testing';
import { createAppAs } from '../apps/test-helpers';
import { addCompatibleCredential, addCompatibleModel } from '../model-providers/test-helpers';
import { annotationRows, annotationsPath, EMBEDDING_MODEL, EMBEDDING_PROVIDER, finishedJob, switchReply } from './test-helpers';

describe('annotation CSV import', () => {
  const fx = useIntegrationFixture();
  let server: TestModelServer;
  beforeAll(async () => {
    server = await startTestModelServer();
    expect((await addCompatibleCredential(fx.app, fx.owner, server)).status).toBe(201);
    expect((await addCompatibleModel(fx.app, fx.owner, EMBEDDING_MODEL, 'text-embedding', { context_size: '8192' })).status).toBe(201);
  });
  afterAll(async () => {
    await server?.close();
  });

  const importPath = (appId: string) => `${annotationsPath(appId)}/batch-import`;
  const importCsv = (appId: string, data: string | Uint8Array, name = 'annotations.csv', user = fx.owner) =>
    upload(fx.app, { name, data, type: 'text/csv', token: user.token, path: importPath(appId) });
  const statusPath = (appId: string, jobId: string) => `${annotationsPath(appId)}/batch-import-status/${jobId}`;

  /** Imports run one at a time per test, so the workspace's rate and concurrency limits stay clear. */
  async function clearJobs() {
    await fx.app.deps.db.delete(annotationReplyJobs);
  }

  it('imports the rows after the header as a job and reports it waiting, then completed', async () => {
    await clearJobs();
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const csv = 'question,answer\r\nWhat is Tessera?,"A platform, for LLM apps."\r\n"Multi\nline?",Yes\r\n,skipped\r\n';
    const res = await importCsv(appId, csv);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ job_id: expect.any(String), job_status: 'waiting', record_count: 2 });
    const done = await finishedJob(fx.app, statusPath(appId, res.body.job_id), fx.owner.token);
    expect(done).toEqual({ job_id: res.body.job_id, job_status: 'completed', error_msg: '' });
    const rows = await annotationRows(fx.app, fx.owner.workspaceId, appId);
    expect(rows.map((r) => [r.question, r.content]).sort()).toEqual([
      ['Multi\nline?', 'Yes'],
      ['What is Tessera?', 'A platform, for LLM apps.'],
    ]);
    expect(rows.every((r) => r.accountId === fx.owner.accountId && r.embedding === null)).toBe(true);
  });

  it('embeds imported questions when annotation reply is on', async () => {
    await clearJobs();
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    await switchReply(fx.app, fx.owner, appId, 'enable');
    const res = await importCsv(appId, 'question,answer\nShipping time?,Two days.\n');
    await finishedJob(fx.app, statusPath(appId, res.body.job_id), fx.owner.token);
    const [row] = await annotationRows(fx.app, fx.owner.workspaceId, appId);
    expect(row!.embeddingModel).toBe(`${EMBEDDING_PROVIDER}/${EMBEDDING_MODEL}`);
    expect(cosineSimilarity(row!.embedding!, deterministicEmbedding('Shipping time?'))).toBeCloseTo(1, 5);
  });

  it("answers a file whose rows are wrong with 200 and Dify's error_msg, importing nothing", async () => {
    await clearJobs();
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const cases: [string, string][] = [
      ['question,answer', 'The CSV file appears to be empty or invalid.'],
      ['question\nonly one column\n', 'Invalid CSV format. The file must contain at least 2 columns (question and answer).'],
      ['question,answer\n,\n', 'The CSV file must contain at least 1 valid annotation record(s). Found 0 valid record(s).'],
      [`question,answer\nq,a\n${'x'.repeat(2001)},a\n`, 'Question at row 3 is too long. Maximum 2000 characters allowed.'],
      ['question,answer\n"never closed,a\n', 'An error occurred while processing the file: a quoted field opened on line 2 is never closed'],
    ];
    for (const [csv, message] of cases) {
      const res = await importCsv(appId, csv);
      expect(res.status, message).toBe(200);
      expect(res.body).toEqual({ error_msg: message });
    }
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toEqual([]);
  });

  it('refuses a missing, doubled, non-CSV, empty or oversized file with an error status', async () => {
    await clearJobs();
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const noFile = await fx.app.request('POST', importPath(appId), { token: fx.owner.token, body: rawMultipart([{ name: 'other', data: 'x' }]), headers: MULTIPART_HEADERS });
    expect(noFile.body).toEqual({ code: 'no_file_uploaded', message: 'Please upload your file.', status: 400 });
    const twoFiles = await fx.app.request('POST', importPath(appId), {
      token: fx.owner.token,
      headers: MULTIPART_HEADERS,
      body: rawMultipart([
        { name: 'file', filename: 'a.csv', data: 'question,answer\nq,a\n' },
        { name: 'file', filename: 'b.csv', data: 'question,answer\nq,a\n' },
      ]),
    });
    expect(twoFiles.body).toEqual({ code: 'too_many_files', message: 'Only one file is allowed.', status: 400 });
    const text = await importCsv(appId, 'question,answer\nq,a\n', 'annotations.txt');
    expect(text.body).toEqual({ code: 'invalid_param', message: 'Invalid file type. Only CSV files are allowed', status: 400 });
    const upper = await importCsv(appId, '', 'EMPTY.CSV');
    expect(upper.body).toEqual({ code: 'invalid_param', message: 'The uploaded file is empty', status: 400 });
    const justOver = await importCsv(appId, 'x'.repeat(2 * 1024 * 1024 + 1));
    expect(justOver.status).toBe(413);
    expect(justOver.body).toEqual({ code: 'file_too_large', message: 'File size exceeds maximum limit of 2MB. Please reduce the file size and try again.', status: 413 });
    const huge = await importCsv(appId, 'x'.repeat(3 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('file_too_large');
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toEqual([]);
  });

  it('lets a workspace run two imports at once and start five a minute, answering 429 beyond', async () => {
    await clearJobs();
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const now = fx.app.deps.now();
    const running = [1, 2].map(() => ({ appId, action: 'import' as const, status: 'processing' as const, createdAt: now, updatedAt: now }));
    await fx.app.deps.db.insert(annotationReplyJobs).values(running);
    const busy = await importCsv(appId, 'question,answer\nq,a\n');
    expect(busy.status).toBe(429);
    expect(busy.body).toEqual({
      code: 'too_many_requests',
      message: 'Too many concurrent import tasks. Maximum 2 concurrent imports allowed per workspace. Please wait for existing imports to complete.',
      status: 429,
    });

    // Jobs that stopped reporting died with their process: they no longer hold a slot.
    fx.app.advanceClock(3 * 60_000);
    for (let i = 0; i < 5; i++) {
      const res = await importCsv(appId, `question,answer\nq${i},a\n`);
      expect(res.status, `import ${i + 1}`).toBe(200);
      await finishedJob(fx.app, statusPath(appId, res.body.job_id), fx.owner.token);
    }
    const sixth = await importCsv(appId, 'question,answer\nq6,a\n');
    expect(sixth.status).toBe(429);
    expect(sixth.body.message).toBe('Too many annotation import requests. Maximum 5 requests per minute allowed. Please try again later.');
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toHaveLength(5);

    fx.app.advanceClock(61_000);
    const later = await importCsv(appId, 'question,answer\nq7,a\n');
    expect(later.status).toBe(200);
    await finishedJob(fx.app, statusPath(appId, later.body.job_id), fx.owner.token);
  });

  it("keeps one workspace's imports out of another's limits and status", async () => {
    await clearJobs();
    const { id: appId } = await createAppAs(fx.app, fx.owner);
    const other = await seedWorkspace(fx.app, 'importer');
    const theirs = await createAppAs(fx.app, other);
    const now = fx.app.deps.now();
    await fx.app.deps.db.insert(annotationReplyJobs).values([1, 2].map(() => ({ appId: theirs.id, action: 'import' as const, status: 'processing' as const, createdAt: now, updatedAt: now })));
    const mine = await importCsv(appId, 'question,answer\nq,a\n');
    expect(mine.status).toBe(200);
    await finishedJob(fx.app, statusPath(appId, mine.body.job_id), fx.owner.token);
    const peek = await fx.app.request('GET', statusPath(theirs.id, mine.body.job_id), { token: other.token });
    expect(peek.body).toEqual({ code: 'invalid_param', message: 'The job does not exist.', status: 400 });
    const intoMine = await importCsv(appId, 'question,answer\nq,a\n', 'a.csv', other);
    expect(intoMine.status).toBe(404);
    expect(await annotationRows(fx.app, fx.owner.workspaceId, appId)).toHaveLength(1);
  });
});
