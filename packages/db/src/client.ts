import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite/vector';
import { type Logger, type SQL } from 'drizzle-orm';
import { type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { withEventLoopTurns } from './pglite-turns';
import { type PubSub, pglitePubSub, postgresPubSub } from './pubsub';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type every service takes, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction handle; `Queryable` is either, for helpers that run inside or outside one. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Queryable = Database | Transaction;

export type DatabaseDriver = 'pglite' | 'postgres';

/**
 * Told of a write before it runs. For an UPDATE, `columnsOf()` reads every quoted name that appears
 * as `"name" =` in its SET clause: at least the columns it sets (more if a value compares columns),
 * or undefined when the statement has no SET clause it can read. Read on demand: most listeners
 * never need it, and every statement of the process passes through here.
 */
export type WriteListener = (table: string, statement: 'insert' | 'update' | 'delete', columnsOf: () => readonly string[] | undefined) => void;

export interface DatabaseHandle {
  db: Database;
  driver: DatabaseDriver;
  /** LISTEN/NOTIFY on this database. */
  pubsub: PubSub;
  /** The server URL, for postgres.js handles. */
  url?: string;
  /**
   * Calls `listener` with the table of every INSERT, UPDATE or DELETE this handle sends, before it
   * runs: a process that caches reads drops them on its own writes without waiting for a NOTIFY.
   */
  onWrite(listener: WriteListener): () => void;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent the embedded PGlite engine is used. */
  url?: string;
  /** PGlite data folder; `memory://` for a throw-away database. */
  dataDir?: string;
  /** postgres.js pool size. */
  maxConnections?: number;
  /** A PGlite data-folder dump to start from (tests start from a migrated template). */
  loadDataDir?: Blob;
}

/** Every PGlite opener must load the same extensions, or inserts into indexed tables fail. */
/**
 * PGlite's default 128 MB of shared buffers is most of an idle server's memory; a small embedded
 * install needs far less. PGLITE_SHARED_BUFFERS raises it for big knowledge bases.
 */
const sharedBuffers = () => process.env.PGLITE_SHARED_BUFFERS || '16MB';

export async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  const client = new PGlite(dataDir, {
    extensions: { vector, pg_trgm },
    loadDataDir,
    postgresqlconf: [`shared_buffers = ${sharedBuffers()}`],
  });
  await client.waitReady;
  return client;
}

const WRITE_STATEMENT = /^\s*(insert\s+into|update|delete\s+from)\s+"?([a-z0-9_]+)"?/i;

/** Drizzle's query logger, used as a hook: it sees every statement, inside transactions too. */
function writeObservers() {
  const listeners = new Set<WriteListener>();
  const logger: Logger = {
    logQuery(query) {
      if (listeners.size === 0) return;
      const match = WRITE_STATEMENT.exec(query);
      if (!match) return;
      const statement = match[1]!.slice(0, 6).toLowerCase() as 'insert' | 'update' | 'delete';
      const columnsOf = () => (statement === 'update' ? updatedColumns(query) : undefined);
      for (const listener of listeners) listener(match[2]!, statement, columnsOf);
    },
  };
  const onWrite = (listener: WriteListener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return { logger, onWrite };
}

/** Where an UPDATE's SET clause ends, outside parentheses and string literals. */
const CLAUSE_AFTER_SET = /^\s(where|from|returning)\s/i;

/**
 * The names assigned in an UPDATE as drizzle writes it (`update "t" set "a" = $1, "b" = now()
 * where …`). The SET clause ends at the first WHERE, FROM or RETURNING outside parentheses, so a
 * subquery in a value cannot hide the assignments after it.
 */
export function updatedColumns(query: string): string[] | undefined {
  const start = /\sset\s/i.exec(query);
  if (!start) return undefined;
  let depth = 0;
  let quoted = false;
  let end = query.length;
  for (let at = start.index + start[0].length; at < query.length; at++) {
    const char = query[at]!;
    if (quoted) {
      if (char === "'") quoted = false;
    } else if (char === "'") quoted = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && /\s/.test(char) && CLAUSE_AFTER_SET.test(query.slice(at, at + 12))) {
      end = at;
      break;
    }
  }
  const clause = query.slice(start.index + start[0].length, end);
  const columns = [...new Set(Array.from(clause.matchAll(/"([a-z0-9_]+)"\s*=/gi), (match) => match[1]!))];
  return columns.length > 0 ? columns : undefined;
}

export function connectPostgres(url: string, max = 10, logger?: Logger): Database & { $client: postgres.Sql } {
  const client = postgres(url, { max, onnotice: () => {} });
  return drizzlePostgres(client, { schema, casing: 'snake_case', logger }) as never;
}

export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const { logger, onWrite } = writeObservers();
  if (options.url) {
    const db = connectPostgres(options.url, options.maxConnections, logger);
    const client = db.$client;
    return { db, driver: 'postgres', url: options.url, pubsub: postgresPubSub(client), onWrite, close: () => client.end({ timeout: 5 }) };
  }
  const client = await openPglite(options.dataDir ?? 'memory://', options.loadDataDir);
  const db = drizzlePglite(withEventLoopTurns(client), { schema, casing: 'snake_case', logger }) as unknown as Database;
  return { db, driver: 'pglite', pubsub: pglitePubSub(client), onWrite, close: () => client.close() };
}

/** Raw SQL with one result shape: PGlite answers `{ rows }`, postgres.js an array. */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
