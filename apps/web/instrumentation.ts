/**
 * Opens the database and applies migrations before `next start` serves anything. The work lives in
 * a Node-only module so the Edge bundle of this file stays free of Node APIs.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startRuntime } = await import('./instrumentation-node');
  await startRuntime();
}
