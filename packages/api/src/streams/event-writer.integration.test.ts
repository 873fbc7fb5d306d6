import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamEvents, streamTasks } from '@tessera/db';
import { createTestApp, seedOwner, type TestApp } from '../testing';
import { type Logger } from '../logger';
import { EventWriter } from './event-writer';

/** Text that a naive array literal or a driver's serialiser could split, unquote or mangle. */
const AWKWARD = [
  'plain',
  'a,b,c',
  '"quoted" and \'single\'',
  'back\\slash \\" and a trailing backslash\\',
  '{braces} [brackets] (parens)',
  'NULL',
  '',
  '   leading and trailing spaces   ',
  'line\nbreak\ttab\r',
  'ünïcødé — 中文 — עברית',
  'emoji 🦜🏳️‍🌈 and a lone surrogate pair 𝄞',
  JSON.stringify({ event: 'message', answer: 'He said "hi", then \\ left {}, null' }),
];

describe('the stream event writer', () => {
  let app: TestApp;
  let workspaceId: string;
  let appId: string;
  const errors: string[] = [];
  const logger: Logger = { info: () => {}, warn: () => {}, error: (message, fields) => void errors.push(`${message} ${JSON.stringify(fields)}`) };

  beforeAll(async () => {
    app = await createTestApp();
    const owner = await seedOwner(app);
    workspaceId = owner.workspaceId;
    appId = (await app.request('POST', '/console/api/apps', { headers: owner.headers, json: { name: 'Events', mode: 'chat' } })).body.id;
  });
  afterAll(async () => app?.close());

  async function newTask(): Promise<string> {
    const id = randomUUID();
    await app.deps.db.insert(streamTasks).values({ id, workspaceId, appId, kind: 'chat', owner: 'end_user:x' });
    return id;
  }
  const stored = (taskId: string) =>
    app.deps.db.select({ seq: streamEvents.seq, data: streamEvents.data }).from(streamEvents).where(eq(streamEvents.taskId, taskId)).orderBy(asc(streamEvents.seq));

  it('stores every event of several tasks byte for byte, commas, quotes, backslashes and emoji included', async () => {
    const writer = new EventWriter(app.deps.db, app.database.pubsub, logger, 5);
    const [first, second] = [await newTask(), await newTask()];
    AWKWARD.forEach((text, index) => {
      writer.add(first, index + 1, text);
      writer.add(second, index + 1, `${text}#${index}`);
    });
    await writer.flush();
    expect(errors).toEqual([]);
    expect(await stored(first)).toEqual(AWKWARD.map((data, index) => ({ seq: index + 1, data })));
    expect(await stored(second)).toEqual(AWKWARD.map((text, index) => ({ seq: index + 1, data: `${text}#${index}` })));
  });

  it('writes a batch with one INSERT whatever its size, and keeps the first copy of an event written twice', async () => {
    const writer = new EventWriter(app.deps.db, app.database.pubsub, logger, 5);
    const task = await newTask();
    let inserts = 0;
    const stop = app.database.onWrite((table, statement) => void (table === 'stream_events' && statement === 'insert' && inserts++));
    for (let seq = 1; seq <= 300; seq++) writer.add(task, seq, `{"n":${seq}}`);
    writer.add(task, 1, 'a retried copy');
    await writer.flush();
    stop();
    expect(errors).toEqual([]);
    expect(inserts).toBe(1);
    const rows = await stored(task);
    expect(rows).toHaveLength(300);
    expect(rows[0]).toEqual({ seq: 1, data: '{"n":1}' });
    expect(rows[299]).toEqual({ seq: 300, data: '{"n":300}' });
  });
});
