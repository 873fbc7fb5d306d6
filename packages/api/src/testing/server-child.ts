import { closeOnSignals, startServer } from '../server/start-server';

/**
 * A whole Tessera server process (the one `apps/web/server.ts` starts, without the pages) for tests
 * that kill it: run with tsx, configured by the environment (DATA_DIR or DATABASE_URL), it prints
 * the address it listens on once it answers.
 */
const running = await startServer({ port: 0, hostname: '127.0.0.1' });
console.log(`TESSERA_LISTENING ${running.url}`);
closeOnSignals(running);
