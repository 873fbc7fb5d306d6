import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { oneTimeTokens, type OneTimeTokenType, type Queryable } from '@tessera/db';
import { type AppDeps } from '../deps';
import { randomDigits } from './tokens';

export const DEFAULT_TOKEN_TTL_MINUTES = 5;

export interface IssueTokenInput {
  type: OneTimeTokenType;
  email: string;
  accountId?: string | null;
  /** Mail a six-digit code with the token. */
  withCode?: boolean;
  phase?: string;
  data?: Record<string, unknown>;
  ttlMinutes?: number;
}

export interface IssuedToken {
  token: string;
  code: string | null;
  expiresAt: Date;
}

/** Issues a token (and code); the previous unused token of this type for this email stops working. */
export async function issueOneTimeToken(deps: AppDeps, input: IssueTokenInput): Promise<IssuedToken> {
  const token = randomUUID();
  const code = input.withCode ? randomDigits(6) : null;
  const expiresAt = new Date(deps.now().getTime() + (input.ttlMinutes ?? DEFAULT_TOKEN_TTL_MINUTES) * 60_000);
  await deps.db.transaction(async (tx) => {
    await tx
      .update(oneTimeTokens)
      .set({ usedAt: deps.now() })
      .where(and(eq(oneTimeTokens.type, input.type), eq(oneTimeTokens.email, input.email), isNull(oneTimeTokens.usedAt)));
    await tx.insert(oneTimeTokens).values({
      token,
      type: input.type,
      email: input.email,
      accountId: input.accountId ?? null,
      code,
      phase: input.phase ?? 'verify',
      data: input.data ?? {},
      expiresAt,
    });
  });
  return { token, code, expiresAt };
}

/**
 * A live token: issued, of this type, not used, not expired. Only a look-up: `consumeToken`
 * decides which of several parallel requests gets to use it.
 */
export async function findLiveToken(deps: AppDeps, type: OneTimeTokenType, token: string) {
  const [row] = await deps.db
    .select()
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.token, token), eq(oneTimeTokens.type, type), isNull(oneTimeTokens.usedAt)));
  if (!row || row.expiresAt <= deps.now()) return undefined;
  return row;
}

/**
 * Uses up a live token in one conditional statement, so of parallel requests holding the same code
 * or link exactly one gets `true`; the rest (and an expired or unknown token) get `false`. Pass a
 * transaction as `db` to make the use part of a larger change that rolls back together.
 */
export async function consumeToken(
  deps: AppDeps,
  type: OneTimeTokenType,
  token: string,
  db: Queryable = deps.db,
): Promise<boolean> {
  const rows = await db
    .update(oneTimeTokens)
    .set({ usedAt: deps.now() })
    .where(
      and(
        eq(oneTimeTokens.token, token),
        eq(oneTimeTokens.type, type),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, deps.now()),
      ),
    )
    .returning({ token: oneTimeTokens.token });
  return rows.length === 1;
}
