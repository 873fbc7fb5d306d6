import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { toUnix, toUnixRequired } from '../../validation';
import { avatarUrl } from '../files/signed-url';
import { findAccountById } from './find-account';

export interface AccountProfile {
  id: string;
  name: string;
  avatar: string | null;
  avatar_url: string | null;
  email: string;
  is_password_set: boolean;
  interface_language: string;
  interface_theme: string;
  timezone: string;
  last_login_at: number | null;
  last_login_ip: string | null;
  created_at: number;
}

/** Dify's account fields for the signed-in account. */
export async function getAccountProfile(deps: AppDeps, actor: Actor): Promise<AccountProfile> {
  const account = await findAccountById(deps.db, actor.accountId);
  if (!account) throw errors.unauthorized('Invalid token.');
  return {
    id: account.id,
    name: account.name,
    avatar: account.avatar,
    avatar_url: avatarUrl(deps, account.avatar),
    email: account.email,
    is_password_set: !!account.passwordHash,
    interface_language: account.interfaceLanguage,
    interface_theme: account.interfaceTheme,
    timezone: account.timezone,
    last_login_at: toUnix(account.lastLoginAt),
    last_login_ip: account.lastLoginIp,
    created_at: toUnixRequired(account.createdAt),
  };
}
