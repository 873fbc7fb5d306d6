'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PencilIcon, ThumbsDownIcon, ThumbsUpIcon } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { type RouterOutputs, useTRPC } from '@/lib/trpc';
import { formatTimestamp } from '@/lib/utils';
import { Citations } from '@/components/webapp/citations';
import { type Citation } from '@/lib/webapp/types';
import { AgentThoughts } from '../debug/agent-thoughts';
import { AnnotationEditor } from './annotation-editor';

export type LoggedMessage = RouterOutputs['messageLogs']['get'];

/** One message in the conversation drawer: what was asked and answered, what it cost, who liked it, and its annotation. */
export function LoggedMessageCard({ appId, message, showQuery }: { appId: string; message: LoggedMessage; showQuery: boolean }) {
  const format = useFormatter();
  const l = useTranslations('studio.logs');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [annotating, setAnnotating] = useState(false);
  const userFeedback = message.feedbacks.find((f) => f.from_source === 'user');
  const adminFeedback = message.feedbacks.find((f) => f.from_source === 'admin');
  const feedback = useMutation(
    trpc.messageLogs.feedback.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.messageLogs.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.conversationLogs.pathKey() }),
        ]),
    }),
  );
  const rate = (rating: 'like' | 'dislike') =>
    feedback.mutate({ app_id: appId, message_id: message.id, rating: adminFeedback?.rating === rating ? null : rating });
  const inputs = Object.entries(message.inputs);
  const resources = (message.metadata as { retriever_resources?: unknown }).retriever_resources;
  const citations = Array.isArray(resources) ? (resources as Citation[]) : [];
  const thoughts = message.agent_thoughts.map((a) => ({
    id: a.id,
    position: a.position,
    thought: a.thought ?? '',
    tool: a.tool ?? '',
    toolInput: a.tool_input ?? '',
    observation: a.observation ?? '',
  }));

  return (
    <article className="grid gap-2 rounded-lg border p-3" data-testid="log-message" data-message-id={message.id}>
      {inputs.length ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs" data-testid="log-message-inputs">
          {inputs.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-muted-foreground">{key}</dt>
              <dd className="break-words">{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {showQuery && message.query ? (
        <p className="justify-self-end rounded-lg bg-primary px-3 py-1.5 text-sm text-primary-foreground" data-testid="log-message-query">
          {message.query}
        </p>
      ) : null}
      <AgentThoughts thoughts={thoughts} />
      <p className="rounded-lg bg-muted/60 px-3 py-2 text-sm whitespace-pre-wrap" data-testid="log-message-answer">
        {message.answer}
      </p>
      <Citations citations={citations} />
      {message.error ? <p className="text-xs text-destructive">{message.error}</p> : null}
      {message.annotation ? (
        <div className="rounded-md border border-primary/30 bg-primary/5 p-2 text-xs" data-testid="log-message-annotation">
          <p className="font-medium">{message.annotation.account?.name ? l('annotated', { name: message.annotation.account.name }) : l('annotatedAnonymous')}</p>
          <p className="whitespace-pre-wrap">{message.annotation.content}</p>
        </div>
      ) : null}
      {message.annotation_hit_history ? <Badge variant="success">{l('answeredByAnnotation')}</Badge> : null}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground" data-testid="log-message-meta">
        <span>{formatTimestamp(format, message.created_at)}</span>
        <span data-testid="log-message-tokens">{l('tokens', { n: message.message_tokens + message.answer_tokens })}</span>
        <span>{l('latency', { seconds: message.provider_response_latency })}</span>
        <span>{l('cost', { price: message.total_price, currency: message.currency })}</span>
        {message.model_config_version !== null ? <span data-testid="log-message-version">{l('version', { n: message.model_config_version })}</span> : null}
        {userFeedback ? (
          <Badge variant={userFeedback.rating === 'like' ? 'success' : 'destructive'} data-testid="log-user-feedback">
            {userFeedback.rating === 'like' ? l('userLiked') : l('userDisliked')}
          </Badge>
        ) : null}
      </div>
      <div className="flex items-center gap-1">
        <IconButton
          label={l('like')}
          variant={adminFeedback?.rating === 'like' ? 'secondary' : 'ghost'}
          aria-pressed={adminFeedback?.rating === 'like'}
          onClick={() => rate('like')}
          data-testid="log-admin-like"
        >
          <ThumbsUpIcon />
        </IconButton>
        <IconButton
          label={l('dislike')}
          variant={adminFeedback?.rating === 'dislike' ? 'secondary' : 'ghost'}
          aria-pressed={adminFeedback?.rating === 'dislike'}
          onClick={() => rate('dislike')}
          data-testid="log-admin-dislike"
        >
          <ThumbsDownIcon />
        </IconButton>
        {!annotating ? (
          <Button variant="ghost" size="sm" onClick={() => setAnnotating(true)} data-testid="log-annotate">
            <PencilIcon />
            {message.annotation ? l('editAnnotation') : l('addAnnotation')}
          </Button>
        ) : null}
      </div>
      {annotating ? (
        <AnnotationEditor
          appId={appId}
          messageId={message.id}
          question={message.annotation?.question ?? message.query}
          initialAnswer={message.annotation?.content ?? message.answer}
          onDone={() => setAnnotating(false)}
        />
      ) : null}
    </article>
  );
}
