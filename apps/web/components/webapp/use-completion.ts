'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { type AnswerState, emptyAnswer } from '@/lib/webapp/answer-state';
import { followAnswer } from '@/lib/webapp/follow-answer';
import { clearPending, loadPending, savePending } from '@/lib/webapp/pending-answer';
import { type WebApi } from '@/lib/webapp/web-api';

export interface CompletionResult {
  key: string;
  answer: AnswerState;
  feedback: 'like' | 'dislike' | null;
}

let counter = 0;
const newKey = () => `result-${Date.now()}-${++counter}`;

/** Generations of a completion app: a run, "more like this" variants below it, stop, and resuming after a reload. */
export function useCompletion(api: WebApi, onSettled: () => void) {
  const [results, setResults] = useState<CompletionResult[]>([]);
  const [busy, setBusy] = useState(false);
  const abortRef = useRef<AbortController | null>(null);

  const patch = useCallback((key: string, change: Partial<CompletionResult>) => {
    setResults((list) => list.map((result) => (result.key === key ? { ...result, ...change } : result)));
  }, []);

  const follow = useCallback(
    async (result: CompletionResult, inputs: Record<string, unknown>, start?: (signal: AbortSignal) => Promise<Response>) => {
      const controller = new AbortController();
      abortRef.current = controller;
      setBusy(true);
      let state = result.answer;
      const onChange = (next: AnswerState) => {
        state = next;
        patch(result.key, { answer: next });
        savePending(api.code, { kind: 'completion-messages', query: '', inputs, state: next });
      };
      try {
        const first = start ? await start(controller.signal) : undefined;
        state = await followAnswer({ api, kind: 'completion-messages', first, state, onChange, signal: controller.signal });
        patch(result.key, { answer: state });
      } catch (error) {
        if (controller.signal.aborted) return;
        patch(result.key, { answer: { ...state, status: 'error', error: error instanceof Error ? error.message : String(error) } });
      } finally {
        if (!controller.signal.aborted) {
          clearPending(api.code);
          setBusy(false);
          onSettled();
        }
      }
    },
    [api, patch, onSettled],
  );

  const run = useCallback(
    (inputs: Record<string, unknown>) => {
      const result: CompletionResult = { key: newKey(), answer: emptyAnswer(), feedback: null };
      setResults([result]);
      void follow(result, inputs, (signal) =>
        api.send('/completion-messages', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ inputs, query: '', response_mode: 'streaming' }),
          signal,
        }),
      );
    },
    [api, follow],
  );

  const moreLikeThis = useCallback(
    (messageId: string, inputs: Record<string, unknown>) => {
      const result: CompletionResult = { key: newKey(), answer: emptyAnswer(), feedback: null };
      setResults((list) => [...list, result]);
      void follow(result, inputs, (signal) => api.send(`/messages/${messageId}/more-like-this?response_mode=streaming`, { signal }));
    },
    [api, follow],
  );

  const stop = useCallback(async () => {
    const streaming = results.find((result) => result.answer.status === 'streaming');
    if (!streaming?.answer.taskId) return;
    await api.json('POST', `/completion-messages/${streaming.answer.taskId}/stop`, {}).catch(() => undefined);
  }, [api, results]);

  const rate = useCallback(
    async (result: CompletionResult, rating: 'like' | 'dislike') => {
      const next = result.feedback === rating ? null : rating;
      await api.json('POST', `/messages/${result.answer.messageId}/feedbacks`, { rating: next });
      patch(result.key, { feedback: next });
    },
    [api, patch],
  );

  useEffect(() => {
    const pending = loadPending(api.code);
    if (!pending || pending.kind !== 'completion-messages') return;
    const result: CompletionResult = { key: newKey(), answer: { ...pending.state, status: 'streaming' }, feedback: null };
    setResults([result]);
    void follow(result, pending.inputs);
  }, []);

  useEffect(() => () => abortRef.current?.abort(), []);

  return { results, busy, run, moreLikeThis, stop, rate };
}
