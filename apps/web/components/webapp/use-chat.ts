'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { type AnswerState, emptyAnswer } from '@/lib/webapp/answer-state';
import { followAnswer } from '@/lib/webapp/follow-answer';
import { clearPending, loadPending, savePending } from '@/lib/webapp/pending-answer';
import { type Page, type RequestFile, type WebMessage } from '@/lib/webapp/types';
import { type WebApi } from '@/lib/webapp/web-api';

export interface ChatTurn {
  key: string;
  query: string;
  files: { url: string; name: string }[];
  parentMessageId: string | null;
  answer: AnswerState;
  feedback: 'like' | 'dislike' | null;
  suggestions: string[];
}

let counter = 0;
const newKey = () => `turn-${Date.now()}-${++counter}`;

function turnFromMessage(message: WebMessage): ChatTurn {
  return {
    key: message.id,
    query: message.query,
    files: message.message_files.filter((f) => f.belongs_to !== 'assistant').map((f) => ({ url: f.url, name: f.filename ?? '' })),
    parentMessageId: message.parent_message_id,
    answer: {
      messageId: message.id,
      conversationId: message.conversation_id,
      answer: message.answer,
      thoughts: message.agent_thoughts ?? [],
      files: message.message_files.filter((f) => f.belongs_to === 'assistant'),
      citations: message.retriever_resources ?? [],
      status: message.status === 'error' ? 'error' : 'done',
      error: message.error ?? undefined,
      lastEventId: 0,
    },
    feedback: message.feedback?.rating ?? null,
    suggestions: [],
  };
}

/**
 * One chat's turns: sending, streaming, stopping, regenerating, and picking up an answer that was
 * still streaming when the page was reloaded or the connection dropped.
 */
export function useChat(api: WebApi, options: { suggestFollowUps: boolean; onConversationStarted: (id: string) => void; onAnswerSettled: () => void }) {
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [turns, setTurns] = useState<ChatTurn[]>([]);
  const [busy, setBusy] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  /** Tasks the visitor stopped: their final event must not turn them back into a finished answer. */
  const stoppedRef = useRef(new Set<string>());
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const patch = useCallback((key: string, change: Partial<ChatTurn>) => {
    setTurns((list) => list.map((turn) => (turn.key === key ? { ...turn, ...change } : turn)));
  }, []);

  const loadHistory = useCallback(
    async (id: string) => {
      const page = await api.get<Page<WebMessage>>(`/messages?conversation_id=${encodeURIComponent(id)}&limit=100`);
      return page.data.map(turnFromMessage);
    },
    [api],
  );

  const follow = useCallback(
    async (turn: ChatTurn, inputs: Record<string, unknown>, start?: () => Promise<Response>) => {
      const controller = new AbortController();
      abortRef.current = controller;
      setBusy(true);
      let state = turn.answer;
      const onChange = (raw: AnswerState) => {
        const next = raw.taskId && stoppedRef.current.has(raw.taskId) && raw.status !== 'error' ? { ...raw, status: 'stopped' as const } : raw;
        if (next.conversationId && !state.conversationId) {
          setConversationId(next.conversationId);
          optionsRef.current.onConversationStarted(next.conversationId);
        }
        state = next;
        patch(turn.key, { answer: next });
        savePending(api.code, { kind: 'chat-messages', query: turn.query, inputs, state: next });
      };
      try {
        const first = start ? await start() : undefined;
        state = await followAnswer({ api, kind: 'chat-messages', first, state, onChange, signal: controller.signal });
        if (state.error === 'expired' && state.conversationId) {
          // The server finished long ago and forgot the events: its saved message is the answer.
          setTurns(await loadHistory(state.conversationId));
        } else {
          if (state.taskId && stoppedRef.current.has(state.taskId) && state.status === 'done') state = { ...state, status: 'stopped' };
          patch(turn.key, { answer: state });
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        patch(turn.key, { answer: { ...state, status: 'error', error: error instanceof Error ? error.message : String(error) } });
      } finally {
        if (!controller.signal.aborted) {
          clearPending(api.code);
          setBusy(false);
          abortRef.current = null;
          optionsRef.current.onAnswerSettled();
        }
      }
      if (state.status === 'done' && state.messageId && optionsRef.current.suggestFollowUps) {
        api
          .get<{ data: string[] }>(`/messages/${state.messageId}/suggested-questions`)
          .then((answer) => patch(turn.key, { suggestions: answer.data }))
          .catch(() => undefined);
      }
    },
    [api, patch, loadHistory],
  );

  const send = useCallback(
    (query: string, inputs: Record<string, unknown>, files: RequestFile[] = [], previews: ChatTurn['files'] = [], replaceKey?: string) => {
      const previous = replaceKey ? turns.slice(0, turns.findIndex((t) => t.key === replaceKey)) : turns;
      const parentMessageId = previous.at(-1)?.answer.messageId ?? null;
      const turn: ChatTurn = { key: newKey(), query, files: previews, parentMessageId, answer: emptyAnswer(), feedback: null, suggestions: [] };
      setTurns([...previous, turn]);
      void follow(turn, inputs, () =>
        api.send('/chat-messages', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            inputs,
            query,
            files,
            response_mode: 'streaming',
            conversation_id: conversationId ?? undefined,
            parent_message_id: parentMessageId ?? undefined,
          }),
          signal: abortRef.current?.signal,
        }),
      );
    },
    [api, conversationId, follow, turns],
  );

  const stop = useCallback(async () => {
    const streaming = turns.at(-1)?.answer;
    if (!streaming?.taskId) return;
    stoppedRef.current.add(streaming.taskId);
    patch(turns.at(-1)!.key, { answer: { ...streaming, status: 'stopped' } });
    await api.json('POST', `/chat-messages/${streaming.taskId}/stop`, {}).catch(() => undefined);
  }, [api, patch, turns]);

  const open = useCallback(
    async (id: string | null) => {
      abortRef.current?.abort();
      abortRef.current = null;
      setBusy(false);
      setConversationId(id);
      setTurns(id ? await loadHistory(id) : []);
    },
    [loadHistory],
  );

  const rate = useCallback(
    async (turn: ChatTurn, rating: 'like' | 'dislike') => {
      const next = turn.feedback === rating ? null : rating;
      await api.json('POST', `/messages/${turn.answer.messageId}/feedbacks`, { rating: next });
      patch(turn.key, { feedback: next });
    },
    [api, patch],
  );

  // A reload in the middle of an answer: show what had arrived, then ask for the rest.
  useEffect(() => {
    const pending = loadPending(api.code);
    if (!pending || pending.kind !== 'chat-messages') return;
    let cancelled = false;
    void (async () => {
      const conversation = pending.state.conversationId ?? null;
      const history = conversation ? await loadHistory(conversation).catch(() => []) : [];
      if (cancelled) return;
      const earlier = history.filter((turn) => turn.answer.messageId !== pending.state.messageId);
      const turn: ChatTurn = {
        key: newKey(),
        query: pending.query,
        files: [],
        parentMessageId: earlier.at(-1)?.answer.messageId ?? null,
        answer: { ...pending.state, status: 'streaming' },
        feedback: null,
        suggestions: [],
      };
      setConversationId(conversation);
      setTurns([...earlier, turn]);
      if (conversation) optionsRef.current.onConversationStarted(conversation);
      void follow(turn, pending.inputs);
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => () => abortRef.current?.abort(), []);

  return { conversationId, turns, busy, send, stop, open, rate };
}
