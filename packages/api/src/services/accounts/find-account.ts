import { eq } from 'drizzle-orm';
import { type Account, accounts, type Database } from '@tessera/db';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findAccountByEmail(db: Database, email: string): Promise<Account | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, normaliseEmail(email)));
  return row;
}

export async function findAccountById(db: Database, id: string): Promise<Account | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}
