import { sql } from 'drizzle-orm';
import { type DatabaseHandle, migrationStatus } from '@tessera/db';
import { type AppDeps } from '../deps';

/** `GET /health`: the database answers, migrations are current, and which version runs. */
export async function healthResponse(deps: AppDeps, database: DatabaseHandle): Promise<Response> {
  try {
    await deps.db.execute(sql`select 1`);
    const migrations = await migrationStatus(database);
    const healthy = migrations.current;
    return Response.json(
      {
        status: healthy ? 'ok' : 'degraded',
        version: deps.config.version,
        database: { status: 'ok', driver: database.driver },
        migrations,
      },
      { status: healthy ? 200 : 503 },
    );
  } catch (error) {
    deps.logger.error('health check failed', { error: error instanceof Error ? error.message : String(error) });
    return Response.json(
      { status: 'error', version: deps.config.version, database: { status: 'unreachable', driver: database.driver } },
      { status: 503 },
    );
  }
}
