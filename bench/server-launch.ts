// How apps/web's `npm start` runs the built server, so the benches measure what operators run.
// Keep in step with the `start` script in apps/web/package.json.

/**
 * Node flags: `--expose-gc` lets the server collect its start-up garbage once it is ready;
 * `--max-semi-space-size=4` keeps V8's young generation at 4 MB semi-spaces instead of 16 (about
 * 35 MB less idle RSS embedded, with no change the chat bench could see; bench/README.md).
 */
export const SERVER_NODE_FLAGS = ['--expose-gc', '--max-semi-space-size=4'];

/** glibc malloc settings that hand freed memory back to the system (see bench/README.md, chat-overhead). */
export const SERVER_MALLOC_ENV = {
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
};
