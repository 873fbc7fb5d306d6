import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamEvents, streamTasks } from '@tessera/db';
import { createTestApp, seedOwner, type TestApp } from '../testing';
import { type StreamedEvent } from './local-task';
import { StreamHub } from './stream-hub';

async function collect(events: AsyncIterable<StreamedEvent>): Promise<StreamedEvent[]> {
  const out: StreamedEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

describe('the stream hub', () => {
  let app: TestApp;
  let peer: TestApp;
  let workspaceId: string;
  let appId: string;

  beforeAll(async () => {
    app = await createTestApp();
    peer = await app.peer();
    const owner = await seedOwner(app);
    workspaceId = owner.workspaceId;
    appId = (await app.request('POST', '/console/api/apps', { headers: owner.headers, json: { name: 'Streams', mode: 'chat' } })).body.id;
  });
  afterAll(async () => app?.close());

  async function newTask(createdAt?: Date, id: string = randomUUID()): Promise<string> {
    await app.deps.db.insert(streamTasks).values({ id, workspaceId, appId, kind: 'chat', owner: 'end_user:x', ...(createdAt ? { createdAt } : {}) });
    return id;
  }
  const access = () => ({ workspaceId, appId, owner: 'end_user:x' });

  it('numbers events from 1, replays what came after the last one seen, and ends with the task', async () => {
    const task = app.deps.streams.start(await newTask());
    const early = collect(app.deps.streams.read(task.id, 0));
    expect([task.emit({ event: 'message', answer: 'a' }), task.emit({ event: 'message', answer: 'b' })]).toEqual([1, 2]);
    const late = collect(app.deps.streams.read(task.id, 1));
    task.emit({ event: 'message_end' });
    await task.finish('succeeded');
    expect((await early).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await late).map((e) => JSON.parse(e.json).answer ?? JSON.parse(e.json).event)).toEqual(['b', 'message_end']);
  });

  it('keeps the events in Postgres, byte for byte, for readers once the task has ended', async () => {
    const task = app.deps.streams.start(await newTask());
    const sent = [{ event: 'message', answer: 'héllo \u0000 "quoted"\n' }, { event: 'message_end', metadata: { usage: { total_tokens: 3 } } }];
    for (const data of sent) task.emit(data);
    await task.finish('succeeded');
    expect(app.deps.streams.isLocal(task.id)).toBe(false);
    const replay = await collect(app.deps.streams.read(task.id, 0));
    expect(replay.map((e) => e.json)).toEqual(sent.map((data) => JSON.stringify(data)));
    const [row] = await app.deps.db.select().from(streamTasks).where(eq(streamTasks.id, task.id));
    expect(row).toMatchObject({ status: 'succeeded', lastSeq: 2 });
    expect(row!.expiresAt!.getTime() - row!.finishedAt!.getTime()).toBeGreaterThanOrEqual(600_000);
  });

  it('lets another instance follow a running task live and stop it', async () => {
    const task = app.deps.streams.start(await newTask(), undefined, access());
    task.emit({ event: 'message', answer: 'one' });
    const seen: StreamedEvent[] = [];
    const following = (async () => {
      for await (const event of peer.deps.streams.read(task.id, 0)) seen.push(event);
    })();
    await waitFor(() => seen.length === 1);
    task.emit({ event: 'message', answer: 'two' });
    await waitFor(() => seen.length === 2);

    const stopped = new Promise<void>((resolve) => task.signal.addEventListener('abort', () => resolve()));
    await peer.deps.streams.requestStop(task.id, access());
    await stopped;
    task.emit({ event: 'message_end' });
    await task.finish('stopped');
    await following;
    expect(seen.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('leaves a task alone when asked to stop one that is not running', async () => {
    const task = app.deps.streams.start(await newTask(), undefined, access());
    await task.finish('succeeded');
    await peer.deps.streams.requestStop(task.id, access());
    const [row] = await app.deps.db.select().from(streamTasks).where(eq(streamTasks.id, task.id));
    expect(row!.stopRequestedAt).toBeNull();
  });

  it('streams to a reader here before the task row commits, and stores the events once it does', async () => {
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    const id = randomUUID();
    const task = app.deps.streams.start(id, committed, access());
    const seen: StreamedEvent[] = [];
    const reading = (async () => {
      for await (const event of app.deps.streams.read(id, 0)) seen.push(event);
    })();
    task.emit({ event: 'message', answer: 'early' });
    await waitFor(() => seen.length === 1);
    const finishing = task.finish('succeeded');
    await newTask(undefined, id);
    commit();
    await Promise.all([finishing, reading]);
    const rows = await app.deps.db.select().from(streamEvents).where(eq(streamEvents.taskId, id));
    expect(rows.map((row) => JSON.parse(row.data).answer)).toEqual(['early']);
  });

  it('honours a stop from another instance before the task row commits, only from the task owner', async () => {
    let fail!: (error: Error) => void;
    const never = new Promise<void>((_, reject) => (fail = reject));
    const task = app.deps.streams.start(randomUUID(), never, access());
    const sentinel = app.deps.streams.start(randomUUID(), never, access());
    const aborted = (running: { signal: AbortSignal }) => new Promise<void>((resolve) => running.signal.addEventListener('abort', () => resolve()));
    const sentinelStopped = aborted(sentinel);
    await peer.deps.streams.requestStop(task.id, { ...access(), owner: 'end_user:intruder' });
    await peer.deps.streams.requestStop(task.id, { ...access(), appId: randomUUID() });
    await peer.deps.streams.requestStop(sentinel.id, access());
    // Stop requests arrive in order: once the sentinel's has, the two foreign ones were heard and ignored.
    await sentinelStopped;
    expect(task.signal.aborted).toBe(false);
    const stopped = aborted(task);
    await peer.deps.streams.requestStop(task.id, access());
    await stopped;
    expect(task.signal.reason).toEqual(new Error('stopped'));
    fail(new Error('not opened'));
    await Promise.all([task.finish('stopped'), sentinel.finish('stopped')]);
  });

  it('loses no event across fifty concurrent tasks', async () => {
    const tasks = await Promise.all(Array.from({ length: 50 }, async () => app.deps.streams.start(await newTask())));
    const readers = tasks.map((task) => collect(app.deps.streams.read(task.id, 0)));
    const remoteReaders = tasks.slice(0, 5).map((task) => collect(peer.deps.streams.read(task.id, 0)));
    await Promise.all(
      tasks.map(async (task) => {
        for (let i = 0; i < 40; i++) {
          task.emit({ event: 'message', answer: `${i}` });
          if (i % 7 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
        await task.finish('succeeded');
      }),
    );
    for (const events of [...(await Promise.all(readers)), ...(await Promise.all(remoteReaders))]) {
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(events.map((e) => JSON.parse(e.json).answer)).toEqual(Array.from({ length: 40 }, (_, i) => `${i}`));
    }
  });

  it('writes the events of tasks that finish one after another while others run in shared INSERTs', async () => {
    // A long interval: only the last task, finding itself alone, writes; the others wait for it.
    const hub = new StreamHub({ db: app.deps.db, pubsub: app.database.pubsub, logger: app.deps.logger, now: () => new Date(), flushIntervalMs: 60_000 });
    let inserts = 0;
    const unobserve = app.database.onWrite((table, statement) => void (inserts += table === 'stream_events' && statement === 'insert' ? 1 : 0));
    const tasks = await Promise.all(Array.from({ length: 20 }, async () => hub.start(await newTask())));
    await Promise.all(
      tasks.map(async (task, index) => {
        for (let i = 0; i <= index; i++) {
          task.emit({ event: 'message', answer: `${i}` });
          await new Promise((resolve) => setImmediate(resolve));
        }
        await task.finish('succeeded');
      }),
    );
    unobserve();
    await hub.close();
    expect(inserts).toBe(1);
    for (const [index, task] of tasks.entries()) {
      const rows = await app.deps.db.select().from(streamEvents).where(eq(streamEvents.taskId, task.id));
      expect(rows).toHaveLength(index + 1);
      const [row] = await app.deps.db.select().from(streamTasks).where(eq(streamTasks.id, task.id));
      expect(row).toMatchObject({ status: 'succeeded', lastSeq: index + 1 });
    }
  });

  it('marks tasks that finish together finished with one UPDATE, each with its own status and last event', async () => {
    const hub = new StreamHub({ db: app.deps.db, pubsub: app.database.pubsub, logger: app.deps.logger, now: () => new Date() });
    const tasks = await Promise.all(Array.from({ length: 10 }, async () => hub.start(await newTask())));
    for (const [index, task] of tasks.entries()) for (let i = 0; i <= index; i++) task.emit({ event: 'message', answer: `${i}` });
    let updates = 0;
    const unobserve = app.database.onWrite((table, statement) => void (updates += table === 'stream_tasks' && statement === 'update' ? 1 : 0));
    await Promise.all(tasks.map((task, index) => task.finish(index % 2 ? 'stopped' : 'succeeded')));
    unobserve();
    await hub.close();
    expect(updates).toBe(1);
    for (const [index, task] of tasks.entries()) {
      const [row] = await app.deps.db.select().from(streamTasks).where(eq(streamTasks.id, task.id));
      expect(row).toMatchObject({ status: index % 2 ? 'stopped' : 'succeeded', lastSeq: index + 1 });
      expect(row!.finishedAt).toBeInstanceOf(Date);
      expect(row!.expiresAt!.getTime()).toBeGreaterThan(row!.finishedAt!.getTime());
    }
  });

  it('ends abandoned tasks and removes expired ones with their events', async () => {
    const abandoned = await newTask(new Date(Date.now() - 2 * 3_600_000));
    const ended: string[] = [];
    app.deps.streams.onStale(async (ids) => void ended.push(...ids));
    await app.deps.streams.sweep();
    expect(ended).toContain(abandoned);
    const [row] = await app.deps.db.select().from(streamTasks).where(eq(streamTasks.id, abandoned));
    expect(row!.status).toBe('failed');

    const task = app.deps.streams.start(await newTask());
    task.emit({ event: 'message' });
    await task.finish('succeeded');
    app.advanceClock(3_600_000);
    await app.deps.streams.sweep();
    expect(await app.deps.db.select().from(streamTasks).where(eq(streamTasks.id, task.id))).toEqual([]);
    expect(await app.deps.db.select().from(streamEvents).where(eq(streamEvents.taskId, task.id))).toEqual([]);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
