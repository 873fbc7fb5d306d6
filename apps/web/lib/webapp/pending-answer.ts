import { type AnswerState } from './answer-state';

/**
 * The answer still streaming, kept in sessionStorage (per tab, per site code) at every event, so
 * that after a reload or a dropped connection the page shows what arrived and asks the server for
 * the rest with `Last-Event-ID`.
 */
export interface PendingAnswer {
  kind: 'chat-messages' | 'completion-messages';
  query: string;
  inputs: Record<string, unknown>;
  state: AnswerState;
}

const keyFor = (code: string) => `tessera-pending-answer-${code}`;

export function savePending(code: string, pending: PendingAnswer): void {
  try {
    sessionStorage.setItem(keyFor(code), JSON.stringify(pending));
  } catch {
    // storage full or refused: a reload then shows the saved message instead of resuming
  }
}

export function loadPending(code: string): PendingAnswer | undefined {
  try {
    const raw = sessionStorage.getItem(keyFor(code));
    const pending = raw ? (JSON.parse(raw) as PendingAnswer) : undefined;
    return pending?.state?.taskId ? pending : undefined;
  } catch {
    return undefined;
  }
}

export function clearPending(code: string): void {
  try {
    sessionStorage.removeItem(keyFor(code));
  } catch {
    // nothing to clear
  }
}
