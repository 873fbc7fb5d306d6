import { type PGlite } from '@electric-sql/pglite';
import type postgres from 'postgres';

/**
 * Postgres LISTEN/NOTIFY behind one interface, so every instance sharing the database hears what
 * any of them announces (a stop request, new events of a stream). PGlite offers the same within
 * its process.
 */
export interface PubSub {
  /**
   * Subscribes; the returned function unsubscribes. `onListening` runs each time the subscription
   * is (re)established: after a reconnect, notifications sent while it was down are lost.
   */
  listen(channel: string, onMessage: (payload: string) => void, onListening?: () => void): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
}

/** Channel names are identifiers; only these characters reach SQL. */
function assertChannel(channel: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`invalid channel name: ${channel}`);
}

export function pglitePubSub(client: PGlite): PubSub {
  return {
    async listen(channel, onMessage, onListening) {
      assertChannel(channel);
      const unsubscribe = await client.listen(channel, onMessage);
      onListening?.();
      return () => unsubscribe();
    },
    async notify(channel, payload) {
      assertChannel(channel);
      await client.query('select pg_notify($1, $2)', [channel, payload]);
    },
  };
}

export function postgresPubSub(sql: postgres.Sql): PubSub {
  return {
    async listen(channel, onMessage, onListening) {
      assertChannel(channel);
      const subscription = await sql.listen(channel, (payload) => onMessage(payload), onListening);
      return () => subscription.unlisten();
    },
    async notify(channel, payload) {
      assertChannel(channel);
      await sql.notify(channel, payload);
    },
  };
}
