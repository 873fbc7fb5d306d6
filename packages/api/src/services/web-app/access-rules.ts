import { type AccountStatus } from '@tessera/db';
import { errors } from '../../errors';

/** Who may open a published web app (Dify's enterprise access modes that Tessera serves). */
export const WEB_APP_ACCESS_MODES = ['public', 'private', 'private_all'] as const;
export type WebAppAccessMode = (typeof WEB_APP_ACCESS_MODES)[number];

/**
 * The access mode stored on an app. A value Tessera does not serve (Dify's `sso_verified`, a typo
 * written by hand) closes the app to everyone but its chosen members rather than opening it.
 */
export function webAppAccessMode(stored: string | null | undefined): WebAppAccessMode {
  if (stored === 'public' || stored === 'private_all') return stored;
  return 'private';
}

/** What the database says about one account and one app, looked up with the app itself. */
export interface MemberFacts {
  /** The account belongs to the app's workspace. */
  isMember: boolean;
  /** The account is one of the app's chosen members (`web_app_access_members`). */
  isChosen: boolean;
  accountStatus: AccountStatus | null;
}

const CLOSED_ACCOUNTS: readonly AccountStatus[] = ['banned', 'closed'];

/**
 * Whether a signed-in account may open a non-public web app: `private_all` admits every member
 * of the app's workspace, `private` only the chosen ones who are still members. Banned and closed
 * accounts are refused even when they are still listed.
 */
export function memberMayOpen(mode: WebAppAccessMode, facts: MemberFacts): boolean {
  if (mode === 'public') return true;
  if (!facts.isMember || !facts.accountStatus || CLOSED_ACCOUNTS.includes(facts.accountStatus)) return false;
  return mode === 'private_all' || facts.isChosen;
}

export const webSsoAuthRequired = () => errors.unauthenticated('web_sso_auth_required', 'Web app authentication required.');
export const webAppAccessDenied = () =>
  errors.unauthenticated('web_app_access_denied', 'You do not have permission to access this web app.');
export const webAppTokenExpired = () => errors.unauthorized('webapp token expired.');
