import { getRuntime } from '@tessera/api/runtime';

/** Next keeps answering 500 on every route when start-up fails, so a broken start exits instead. */
export async function startRuntime(): Promise<void> {
  try {
    await getRuntime();
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`Tessera could not start: opening the database or applying migrations failed.\n${reason}`);
    process.exit(1);
  }
}
