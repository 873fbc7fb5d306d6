import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from './client';
import { migrationStatus } from './migrations';
import { accounts } from './schema';
import { createTestDatabase } from './testing';

describe('migrations', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle?.close());

  it('applies every migration and reports them current', async () => {
    const status = await migrationStatus(handle);
    expect(status.expected).toBeGreaterThanOrEqual(2);
    expect(status).toMatchObject({ applied: status.expected, current: true });
  });

  it('loads pg_trgm on every engine', async () => {
    const rows = await queryRows<{ extname: string }>(handle.db, sql`select extname from pg_extension`);
    expect(rows.map((r) => r.extname)).toContain('pg_trgm');
  });

  it('stores and reads rows through the typed builder with snake_case columns', async () => {
    const [row] = await handle.db
      .insert(accounts)
      .values({ name: 'A', email: 'a@example.com', passwordHash: 'x' })
      .returning();
    expect(row?.interfaceLanguage).toBe('en-US');
    const raw = await queryRows<{ password_hash: string }>(handle.db, sql`select password_hash from accounts`);
    expect(raw[0]?.password_hash).toBe('x');
  });
});
