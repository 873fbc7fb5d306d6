import { sql } from 'drizzle-orm';
import { createDatabase, queryRows, runMigrations } from '@tessera/db';
import { createJobsClient } from '../client';
import { createJobRuntime } from '../runtime';

/**
 * One life of a Tessera process for the kill-and-resume test, run with tsx. `first` migrates,
 * queues a run and hangs inside its second step until the test kills it with SIGKILL; `second`
 * starts over on the same database and finishes what is left. Every step records its side effect
 * in a table, so the test can count how often each one really ran.
 */
const [phase, target] = process.argv.slice(2) as ['first' | 'second', string];
const database = await createDatabase(target.startsWith('postgres') ? { url: target, maxConnections: 3 } : { dataDir: target });
const effect = (label: string) => database.db.execute(sql`insert into side_effects (label) values (${label})`);

if (phase === 'first') {
  await runMigrations(database);
  await database.db.execute(sql`create table if not exists side_effects (label text not null, at timestamptz not null default now())`);
}

const client = createJobsClient({ mode: 'in-process' });
const fn = client.createFunction({ id: 'kill-resume', triggers: [{ event: 'test/kill-resume' }] }, async ({ step }) => {
  await step.run('one', () => effect('one'));
  await step.run('two', async () => {
    await effect('two-started');
    console.log('STEP_TWO_STARTED');
    if (phase === 'first') await new Promise(() => {});
    await effect('two-done');
  });
  await step.run('three', () => effect('three'));
  return 'done';
});
const runtime = createJobRuntime({
  database,
  client,
  functions: [fn],
  mode: 'in-process',
  // A short lease, so on a shared server the second life takes over soon after the first one died.
  driver: { leaseMs: 1500, pollIntervalMs: 500 },
  logger: { info: () => {}, error: (message, fields) => console.error(message, fields) },
});
if (phase === 'first') await runtime.send({ name: 'test/kill-resume', data: {} });
await runtime.start();

if (phase === 'second') {
  for (;;) {
    const [run] = await queryRows<{ status: string }>(database.db, sql`select status from job_runs where function_id = 'tessera-kill-resume'`);
    if (run && run.status !== 'queued' && run.status !== 'running') {
      console.log(`RUN_${run.status.toUpperCase()}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await runtime.stop();
  await database.close();
  process.exit(0);
}
