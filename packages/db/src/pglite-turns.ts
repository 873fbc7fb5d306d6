import { type PGlite } from '@electric-sql/pglite';

/**
 * PGlite runs each statement synchronously on the server's only thread, and queued statements
 * follow one another through promise continuations alone: fifty streams' batched writes can hold
 * the thread for seconds without the event loop ever polling its sockets, so new connections and
 * requests wait unaccepted. This gives the statements (and whole transactions) that drizzle sends
 * one turn each, in order, and lets the event loop poll I/O before every turn.
 */
export function withEventLoopTurns(client: PGlite): PGlite {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const turn = last.then(nextLoopTurn).then(run);
    last = turn.catch(() => undefined);
    return turn;
  };
  const query: PGlite['query'] = (...args) => inTurn(() => client.query(...args));
  const transaction: PGlite['transaction'] = (callback) => inTurn(() => client.transaction(callback));
  return new Proxy(client, {
    get(target, property) {
      if (property === 'query') return query;
      if (property === 'transaction') return transaction;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const nextLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
