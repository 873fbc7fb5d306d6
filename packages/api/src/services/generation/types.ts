import { type AppMode, type InvokeFrom } from '@tessera/db';
import { type Actor } from '../../callers';

/** Who asked: an end user (Service API `user`, web-app passport) or an operator (console debugger). */
export type GenerationOwner = { kind: 'end_user'; endUserId: string } | { kind: 'account'; accountId: string };

/** The stream task's owner string: only this caller may read or stop the task. */
export function ownerKey(owner: GenerationOwner): string {
  return owner.kind === 'end_user' ? `end_user:${owner.endUserId}` : `account:${owner.accountId}`;
}

export interface GenerationApp {
  appId: string;
  workspaceId: string;
  mode: AppMode;
}

export type ResponseMode = 'blocking' | 'streaming';

/** One chat or completion request, from any surface. */
export interface GenerationRequest {
  app: GenerationApp;
  invokeFrom: InvokeFrom;
  owner: GenerationOwner;
  query: string;
  inputs: Record<string, unknown>;
  /** Dify's FileInput entries, as sent. */
  files: Record<string, unknown>[];
  /** Chat only: continue this conversation (owned by `owner`), or start one. */
  conversationId?: string;
  responseMode: ResponseMode;
  autoGenerateName: boolean;
  /** The console debugger runs the unsaved configuration it sends. */
  modelConfigOverride?: Record<string, unknown>;
  /** The operator debugging: an unsaved configuration may only use datasets they may read. */
  operator?: Actor;
  parentMessageId?: string | null;
  /** "More like this": another answer to a completion, with Dify's temperature raised. */
  moreLikeThis?: boolean;
}

/** What the caller needs once the run has started. */
export interface StartedGeneration {
  taskId: string;
  messageId: string;
  conversationId: string;
  /** Settles with the blocking answer when the run ends (or with its error). */
  done: Promise<Record<string, unknown>>;
}
