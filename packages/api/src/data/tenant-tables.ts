import { is, Table } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { schema } from '@tessera/db';

/**
 * The export names of @tessera/db's tenant tables, read from the schema itself: the workspaces
 * table, every table with a `workspace_id` column, and every table that references one of those
 * (a message's agent thoughts, a tag's bindings, a stream's events). A new table is classified the
 * day it is added, without anyone remembering to list it.
 */
export function tenantTableNames(): Set<string> {
  const tables = Object.entries(schema as Record<string, unknown>).filter((entry): entry is [string, PgTable] => is(entry[1], Table));
  const tenant = new Set<PgTable>();
  for (const [, table] of tables) {
    const config = getTableConfig(table);
    // Column names are still the keys here (snake_case is applied by the client), so accept both.
    const scoped = config.columns.some((column) => column.name === 'workspaceId' || column.name === 'workspace_id');
    if (config.name === 'workspaces' || scoped) tenant.add(table);
  }
  // Children of children count too, so repeat until nothing new is found.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [, table] of tables) {
      if (tenant.has(table)) continue;
      const parents = getTableConfig(table).foreignKeys.map((key) => key.reference().foreignTable);
      if (parents.some((parent) => tenant.has(parent))) {
        tenant.add(table);
        grew = true;
      }
    }
  }
  return new Set(tables.filter(([, table]) => tenant.has(table)).map(([name]) => name));
}
