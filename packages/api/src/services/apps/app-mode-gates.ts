import { type AppMode } from '@tessera/db';
import { errors } from '../../errors';

const CHAT_MODES: readonly AppMode[] = ['chat', 'agent-chat', 'advanced-chat'];

export function isChatMode(mode: AppMode): boolean {
  return CHAT_MODES.includes(mode);
}

/** Chat-family endpoints on another app: Dify's `not_chat_app`. */
export function assertChatApp(mode: AppMode): void {
  if (!isChatMode(mode)) throw errors.badRequest('not_chat_app', 'Please check if your app mode matches the right API route.');
}

/**
 * Completion-only endpoints on another app. The Service API answers `app_unavailable` (Dify 1.12
 * does), the web app `not_completion_app`.
 */
export function assertCompletionApp(mode: AppMode, surface: 'service' | 'web' | 'console'): void {
  if (mode === 'completion') return;
  if (surface === 'service') throw errors.badRequest('app_unavailable', 'App unavailable, please check your app configurations.');
  throw errors.badRequest('not_completion_app', 'Please check if your Completion app mode matches the right API route.');
}

/** Workflow endpoints on another app. */
export function assertWorkflowApp(mode: AppMode): void {
  if (mode !== 'workflow') throw errors.badRequest('not_workflow_app', 'Please check if your Workflow app mode matches the right API route.');
}
