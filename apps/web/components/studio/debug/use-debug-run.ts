'use client';

import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { consoleFetch } from '@/lib/studio/console-fetch';
import { applyEvent, type DebugAnswer, emptyAnswer } from '@/lib/studio/debug-answer';
import { readEventStream } from '@/lib/studio/sse';
import { useTRPC } from '@/lib/trpc';

export interface DebugTurn {
  query: string;
  inputs: Record<string, unknown>;
  answer: DebugAnswer;
}

/**
 * One debug conversation against the configuration it is handed (saved or not): each send streams
 * an answer through the console's SSE route; stop asks the server to end the task, which keeps the
 * partial answer; restart forgets the conversation.
 */
export function useDebugRun(appId: string, mode: string) {
  const trpc = useTRPC();
  const completion = mode === 'completion';
  const [turns, setTurns] = useState<DebugTurn[]>([]);
  const conversationId = useRef<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const stopChat = useMutation(trpc.apps.stopDebugChat.mutationOptions());
  const stopCompletion = useMutation(trpc.apps.stopDebugCompletion.mutationOptions());

  const updateLast = (change: (answer: DebugAnswer) => DebugAnswer) =>
    setTurns((all) => all.map((turn, i) => (i === all.length - 1 ? { ...turn, answer: change(turn.answer) } : turn)));

  const send = useCallback(
    async (query: string, inputs: Record<string, unknown>, modelConfig: Record<string, unknown>) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setTurns((all) => [...(completion ? [] : all), { query, inputs, answer: emptyAnswer() }]);
      try {
        const response = await consoleFetch(`/apps/${appId}/${completion ? 'completion-messages' : 'chat-messages'}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          signal: controller.signal,
          body: JSON.stringify({
            inputs,
            query,
            response_mode: 'streaming',
            model_config: modelConfig,
            ...(completion ? {} : { conversation_id: conversationId.current ?? '' }),
          }),
        });
        await readEventStream(response, (event) => {
          if (typeof event.conversation_id === 'string' && !completion) conversationId.current = event.conversation_id;
          updateLast((answer) => applyEvent(answer, event));
        });
        updateLast((answer) => (answer.status === 'streaming' ? { ...answer, status: 'done' } : answer));
      } catch (error) {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        updateLast((answer) => ({ ...answer, status: 'error', error: message }));
      }
    },
    [appId, completion],
  );

  const stop = () => {
    const last = turns.at(-1)?.answer;
    if (!last || last.status !== 'streaming') return;
    if (last.taskId) (completion ? stopCompletion : stopChat).mutate({ app_id: appId, task_id: last.taskId });
    updateLast((answer) => ({ ...answer, status: 'stopped' }));
  };

  const restart = () => {
    abort.current?.abort();
    conversationId.current = null;
    setTurns([]);
  };

  const streaming = turns.at(-1)?.answer.status === 'streaming';
  return { turns, send, stop, restart, streaming };
}
