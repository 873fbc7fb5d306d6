import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle, queryRows } from '@tessera/db';
import { createTestDatabase } from '@tessera/db/testing';

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'testing', 'kill-resume-child.ts');

function startLife(phase: 'first' | 'second', target: string): { proc: ChildProcess; output: () => string; waitFor(text: string): Promise<void> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, phase, target], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    proc,
    output: () => output,
    waitFor: (text) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (output.includes(text)) return resolve();
          if (proc.exitCode !== null) return reject(new Error(`${phase} life exited before "${text}":\n${output}`));
          setTimeout(check, 20);
        };
        check();
      }),
  };
}

const exited = (proc: ChildProcess) => new Promise<void>((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.once('exit', () => resolve())));

describe('a process killed in the middle of a run', () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let server: DatabaseHandle | undefined;
  let folder: string | undefined;
  afterAll(async () => {
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('is resumed by the next one at its next step, and no completed step runs again', { timeout: 120_000 }, async () => {
    let target: string;
    if (serverUrl) {
      server = await createTestDatabase();
      target = server.url!;
    } else {
      folder = mkdtempSync(path.join(tmpdir(), 'tessera-kill-resume-'));
      target = path.join(folder, 'pgdata');
    }

    const first = startLife('first', target);
    await first.waitFor('STEP_TWO_STARTED');
    first.proc.kill('SIGKILL');
    await exited(first.proc);
    expect(first.proc.signalCode).toBe('SIGKILL');

    const second = startLife('second', target);
    await second.waitFor('RUN_');
    await exited(second.proc);
    expect(second.output()).toContain('RUN_COMPLETED');

    const database = serverUrl ? server! : await createDatabase({ dataDir: target });
    try {
      const effects = await queryRows<{ label: string; n: number }>(
        database.db,
        sql`select label, count(*)::int as n from side_effects group by label order by label`,
      );
      // Step two was cut off once, so it started twice; everything that had finished ran once.
      expect(effects).toEqual([
        { label: 'one', n: 1 },
        { label: 'three', n: 1 },
        { label: 'two-done', n: 1 },
        { label: 'two-started', n: 2 },
      ]);
      const [run] = await queryRows<{ status: string; output: string; steps: number }>(
        database.db,
        sql`select status, output, (select count(*)::int from job_run_steps s where s.run_id = r.id) as steps
            from job_runs r where function_id = 'tessera-kill-resume'`,
      );
      expect(run).toEqual({ status: 'completed', output: '"done"', steps: 3 });
    } finally {
      if (!serverUrl) await database.close();
    }
  });
});
