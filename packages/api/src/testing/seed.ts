import { eq } from 'drizzle-orm';
import { accounts, workspaceMembers, type WorkspaceRole } from '@tessera/db';
import { hashPassword } from '../auth/passwords';
import { normaliseEmail } from '../services/accounts/find-account';
import { runSetup } from '../services/setup/setup';
import { createOwnedWorkspace, defaultWorkspaceName } from '../services/workspaces/create-workspace';
import { type TestApp } from './app';

export const TEST_PASSWORD = 'Passw0rd!x';

export interface SeededUser {
  accountId: string;
  email: string;
  workspaceId: string;
  /** Bearer access token for the console surface. */
  token: string;
  /** Shortcut for `app.request` with this user's token. */
  headers: Record<string, string>;
}

let counter = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}-${counter++}@example.com`;

export async function login(app: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.request('POST', '/console/api/login', { json: { email, password } });
  if (res.status !== 200 || res.body?.result !== 'success') throw new Error(`login failed: ${res.status} ${res.text}`);
  return res.body.data.access_token as string;
}

async function session(app: TestApp, accountId: string, email: string, workspaceId: string): Promise<SeededUser> {
  const token = await login(app, email);
  return { accountId, email, workspaceId, token, headers: { Authorization: `Bearer ${token}` } };
}

/** Runs setup (the first owner) and signs in; every test app starts here. */
export async function seedOwner(app: TestApp, email = uniqueEmail('owner')): Promise<SeededUser> {
  await runSetup(app.deps, { email, name: 'Owner', password: TEST_PASSWORD });
  const [account] = await app.deps.db.select().from(accounts).where(eq(accounts.email, normaliseEmail(email)));
  const [member] = await app.deps.db.select().from(workspaceMembers).where(eq(workspaceMembers.accountId, account!.id));
  return session(app, account!.id, account!.email, member!.workspaceId);
}

export async function createAccount(app: TestApp, email = uniqueEmail('user'), name = 'User') {
  const [account] = await app.deps.db
    .insert(accounts)
    .values({ email: normaliseEmail(email), name, passwordHash: await hashPassword(TEST_PASSWORD), status: 'active', initializedAt: new Date() })
    .returning();
  return account!;
}

/** Another account with a workspace of its own: the other tenant in cross-workspace tests. */
export async function seedWorkspace(app: TestApp, label = 'tenant'): Promise<SeededUser> {
  const account = await createAccount(app, uniqueEmail(label), label);
  const workspace = await createOwnedWorkspace(app.deps.db, account.id, defaultWorkspaceName(label));
  return session(app, account.id, account.email, workspace.id);
}

/** An account that joins `workspaceId` with `role` and signs in there. */
export async function seedMember(app: TestApp, workspaceId: string, role: WorkspaceRole): Promise<SeededUser> {
  const account = await createAccount(app, uniqueEmail(role), role);
  await app.deps.db.insert(workspaceMembers).values({ workspaceId, accountId: account.id, role, current: true });
  return session(app, account.id, account.email, workspaceId);
}
