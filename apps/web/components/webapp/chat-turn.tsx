'use client';

import { useTranslations } from 'next-intl';
import { AgentThoughts } from './agent-thoughts';
import { AnswerActions } from './answer-actions';
import { Citations } from './citations';
import { Markdown } from './markdown';
import { SuggestedQuestions } from './suggested-questions';
import { type ChatTurn as Turn } from './use-chat';

export interface TurnFeatures {
  showThoughts: boolean;
  showCitations: boolean;
  canSpeak: boolean;
}

/** One question and its answer, with the answer's actions once it has finished. */
export function ChatTurn(props: {
  turn: Turn;
  last: boolean;
  busy: boolean;
  features: TurnFeatures;
  speaking: boolean;
  onRate: (rating: 'like' | 'dislike') => void;
  onRegenerate: () => void;
  onSpeak: () => void;
  onAsk: (question: string) => void;
}) {
  const t = useTranslations('webapp');
  const { turn, features } = props;
  const { answer } = turn;
  const finished = answer.status !== 'streaming';
  return (
    <li className="space-y-3" data-testid="webapp-turn">
      <div className="flex justify-end">
        <div className="max-w-[85%] rounded-2xl rounded-br-sm bg-primary px-3.5 py-2 text-sm text-primary-foreground" data-testid="webapp-question">
          <span className="sr-only">{t('you')}: </span>
          {turn.files.length > 0 ? (
            <div className="mb-1.5 flex flex-wrap gap-1.5">
              {turn.files.map((file) =>
                // signed upload links, not static assets
                file.url ? <img key={file.url} src={file.url} alt={file.name} className="size-16 rounded object-cover" /> : null,
              )}
            </div>
          ) : null}
          <p className="whitespace-pre-wrap break-words">{turn.query}</p>
        </div>
      </div>
      <div className="flex">
        <div className="min-w-0 max-w-full flex-1 rounded-2xl rounded-bl-sm border bg-card px-3.5 py-2.5 shadow-xs" data-testid="webapp-answer" data-status={answer.status}>
          <span className="sr-only">{t('assistant')}: </span>
          {features.showThoughts ? <AgentThoughts thoughts={answer.thoughts} /> : null}
          {answer.answer ? (
            <Markdown text={answer.answer} />
          ) : answer.status === 'streaming' ? (
            <p className="animate-pulse text-sm text-muted-foreground" aria-live="polite">
              {t('thinking')}
            </p>
          ) : null}
          {answer.status === 'stopped' ? <p className="mt-1 text-xs text-muted-foreground">{t('stopped')}</p> : null}
          {answer.status === 'error' ? (
            <p role="alert" className="mt-1 text-sm text-destructive" data-testid="webapp-answer-error">
              {answer.error === 'connection' ? t('errorConnection') : answer.error === 'expired' ? t('errorExpired') : answer.error}
            </p>
          ) : null}
          {features.showCitations ? <Citations citations={answer.citations} /> : null}
          {finished && answer.messageId ? (
            <AnswerActions
              text={answer.answer}
              feedback={turn.feedback}
              onRate={props.onRate}
              onRegenerate={props.last && !props.busy ? props.onRegenerate : undefined}
              speaking={props.speaking}
              onSpeak={features.canSpeak ? props.onSpeak : undefined}
            />
          ) : null}
        </div>
      </div>
      {props.last && turn.suggestions.length > 0 && !props.busy ? (
        <SuggestedQuestions title={t('followUps')} questions={turn.suggestions} onAsk={props.onAsk} testId="webapp-follow-ups" />
      ) : null}
    </li>
  );
}
