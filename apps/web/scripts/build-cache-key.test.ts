import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../..');

/** The hash turbo would cache `@tessera/web#build` under, with these settings in the environment. */
function buildHash(env: Record<string, string>): string {
  const out = execFileSync('npx', ['turbo', 'run', 'build', '--filter=@tessera/web', '--dry=json'], {
    cwd: repoRoot,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const plan = JSON.parse(out.slice(out.indexOf('{'))) as { tasks: Array<{ taskId: string; hash: string }> };
  return plan.tasks.find((task) => task.taskId === '@tessera/web#build')!.hash;
}

describe('the build cache key', () => {
  // A start with another port, data folder or secret must reuse the build, not rebuild Next.
  it('does not change with runtime settings', () => {
    const base = buildHash({ PORT: '3000', DATA_DIR: '/tmp/a', SECRET_KEY: 'one', DATABASE_URL: '', SMTP_HOST: '', TRUSTED_PROXIES: '' });
    const other = buildHash({ PORT: '4000', DATA_DIR: '/tmp/b', SECRET_KEY: 'two', DATABASE_URL: 'postgres://x/y', SMTP_HOST: 'mail', TRUSTED_PROXIES: '1' });
    expect(other).toBe(base);
  });

  it('changes with what changes the build output', () => {
    expect(buildHash({ NODE_ENV: 'development' })).not.toBe(buildHash({ NODE_ENV: 'production' }));
  });
});
