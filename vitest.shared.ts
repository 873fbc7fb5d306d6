import path from 'node:path';
import { type ViteUserConfig } from 'vitest/config';

/**
 * Settings every package's vitest config shares. When the full test run asks for reports
 * (TEST_REPORT_DIR), each package also writes a JSON report that the run adds up.
 */
export function sharedTestConfig(packageName: string): NonNullable<ViteUserConfig['test']> {
  const reportDir = process.env.TEST_REPORT_DIR;
  const tag = process.env.TEST_REPORT_TAG ?? 'run';
  return {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: path.join(reportDir, `vitest-${packageName}-${tag}.json`) } : undefined,
  };
}
