import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { createdAt, id } from './columns';
import { workspaces } from './workspaces';

export type StreamTaskStatus = 'running' | 'succeeded' | 'failed' | 'stopped';

/**
 * A run whose answer streams (a chat or completion message now, a workflow run next). Its events are
 * kept in `stream_events` while it runs and for a while after it ends, so a client that lost its
 * connection resumes from the last event it saw, on any instance. Only the one who started it may
 * read or stop it: `owner` is `end_user:<id>` or `account:<id>`.
 */
export const streamTasks = pgTable(
  'stream_tasks',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    kind: text().$type<'chat' | 'completion' | 'workflow'>().notNull(),
    owner: text().notNull(),
    /** The message (or workflow run) the task writes. */
    subjectId: uuid(),
    status: text().$type<StreamTaskStatus>().notNull().default('running'),
    /** Sequence number of the last event written. */
    lastSeq: integer().notNull().default(0),
    stopRequestedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    finishedAt: timestamp({ withTimezone: true }),
    /** After this the task and its events may be removed. */
    expiresAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('stream_tasks_expires_idx').on(t.expiresAt), index('stream_tasks_app_idx').on(t.appId, t.status)],
);

/** A task's events in order: `seq` is the SSE `id:` a client resumes from. */
export const streamEvents = pgTable(
  'stream_events',
  {
    taskId: uuid()
      .notNull()
      .references(() => streamTasks.id, { onDelete: 'cascade' }),
    seq: integer().notNull(),
    /**
     * The event's JSON exactly as it was sent (Dify's object with its `event` field, without the id):
     * text, so a replay is byte for byte the original and a `\u0000` escape in an answer is no problem.
     */
    data: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.seq] })],
);

export type StreamTask = typeof streamTasks.$inferSelect;
