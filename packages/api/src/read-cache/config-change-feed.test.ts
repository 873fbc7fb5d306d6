import { describe, expect, it } from 'vitest';
import { updatedColumns } from '@tessera/db';
import { changesCachedRows } from './config-change-feed';

describe('which writes of this process drop the read cache', () => {
  it('reads the columns an update assigns, up to its WHERE outside parentheses', () => {
    expect(updatedColumns('update "accounts" set "last_login_at" = $1, "last_login_ip" = $2 where "accounts"."id" = $3')).toEqual([
      'last_login_at',
      'last_login_ip',
    ]);
    const withSubquery = 'update "workspace_members" set "current" = (select true from "x" where "x"."role" = $1), "role" = $2 where "id" = $3';
    expect(updatedColumns(withSubquery)).toEqual(['current', 'role']);
    expect(updatedColumns(`update "accounts" set "name" = 'a where b', "status" = $1 where "id" = $2`)).toEqual(['name', 'status']);
    expect(updatedColumns('update "accounts" set name = $1')).toBeUndefined();
  });

  it('ignores sign-in bookkeeping and workspace switching, but not access changes', () => {
    expect(changesCachedRows('accounts', 'update', () => ['last_login_at', 'last_login_ip'])).toBe(false);
    expect(changesCachedRows('accounts', 'update', () => ['status'])).toBe(true);
    expect(changesCachedRows('accounts', 'update', () => undefined)).toBe(true);
    expect(changesCachedRows('workspace_members', 'update', () => ['current'])).toBe(false);
    expect(changesCachedRows('workspace_members', 'update', () => ['current', 'role'])).toBe(true);
    expect(changesCachedRows('workspace_members', 'insert')).toBe(true);
    expect(changesCachedRows('api_tokens', 'update', () => ['last_used_at'])).toBe(false);
    expect(changesCachedRows('api_tokens', 'delete')).toBe(true);
    expect(changesCachedRows('apps', 'update', () => ['updated_at'])).toBe(true);
    expect(changesCachedRows('messages', 'insert')).toBe(false);
  });
});
