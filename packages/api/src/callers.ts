import { type AppMode, type WorkspaceRole } from '@tessera/db';

// Who is calling, as services see it. A leaf module: services, auth and deps import it without
// pulling in the request context or HTTP.

/** The signed-in account acting in its current workspace. Every tenant query filters by `workspaceId`. */
export interface Actor {
  accountId: string;
  email: string;
  name: string;
  workspaceId: string;
  role: WorkspaceRole;
  /** The sign-in the request came with (see `sessions`); absent for the admin API key, which has none. */
  sessionId?: string;
}

/** A Service API caller: an app, identified by one of its `app-` keys. */
export interface AppCaller {
  appId: string;
  workspaceId: string;
  tokenId: string;
  mode: AppMode;
}

/** An end user of a published web app, as their passport names them. */
export interface PassportCaller {
  appId: string;
  workspaceId: string;
  endUserId: string;
  siteCode: string;
  mode: AppMode;
  /** The workspace member behind a passport of a private web app. */
  accountId?: string;
}
