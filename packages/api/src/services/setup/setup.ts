import { sql } from 'drizzle-orm';
import { accounts, setupState, workspaces } from '@tessera/db';
import { assertValidPassword, hashPassword } from '../../auth/passwords';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { normaliseEmail } from '../accounts/find-account';
import { createOwnedWorkspace, defaultWorkspaceName } from '../workspaces/create-workspace';

export async function getSetupStatus(deps: AppDeps): Promise<{ step: 'not_started' | 'finished'; setup_at: string | null }> {
  const [row] = await deps.db.select().from(setupState).limit(1);
  return row ? { step: 'finished', setup_at: row.setupAt.toISOString() } : { step: 'not_started', setup_at: null };
}

export interface SetupInput {
  email: string;
  name: string;
  password: string;
  language?: string;
}

/** Creates the first owner, their workspace and the setup marker together, or nothing at all. */
export async function runSetup(deps: AppDeps, input: SetupInput): Promise<void> {
  assertValidPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    // Serialises concurrent setup attempts on a server database.
    await tx.execute(sql`lock table ${setupState} in exclusive mode`);
    const [done] = await tx.select().from(setupState).limit(1);
    const [anyWorkspace] = await tx.select({ id: workspaces.id }).from(workspaces).limit(1);
    if (done || anyWorkspace) throw errors.notPermitted('already_setup', 'Tessera has been successfully installed. Please refresh the page or return to the dashboard homepage.');
    const now = deps.now();
    const [account] = await tx
      .insert(accounts)
      .values({
        name: input.name,
        email: normaliseEmail(input.email),
        passwordHash,
        interfaceLanguage: input.language ?? 'en-US',
        status: 'active',
        initializedAt: now,
      })
      .returning();
    if (!account) throw new Error('account insert returned nothing');
    await createOwnedWorkspace(tx, account.id, defaultWorkspaceName(account.name));
    await tx.insert(setupState).values({ version: deps.config.version, setupAt: now });
  });
}

/** Dify's `setup_required` guard: most console routes answer 401 not_setup before setup. */
export async function assertSetupDone(deps: AppDeps): Promise<void> {
  const status = await getSetupStatus(deps);
  if (status.step !== 'finished') throw errors.unauthenticated('not_setup', 'Tessera has not been set up yet; open /install to create the owner account.');
}
