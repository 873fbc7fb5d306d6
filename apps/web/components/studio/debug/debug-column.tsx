'use client';

import { useTranslations } from 'next-intl';
import { SquareIcon, XIcon } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { Citations } from '@/components/webapp/citations';
import { AgentThoughts } from './agent-thoughts';
import { useDebugRun } from './use-debug-run';

export interface Submission {
  id: number;
  query: string;
  inputs: Record<string, unknown>;
}

/** One conversation of the debug pane; in compare mode one column per model, all fed the same submissions. */
export function DebugColumn({
  appId,
  mode,
  modelConfig,
  submission,
  resetKey,
  title,
  openingStatement,
  onRemove,
  onStreamingChange,
}: {
  appId: string;
  mode: string;
  modelConfig: Record<string, unknown>;
  submission: Submission | null;
  resetKey: number;
  title?: string;
  openingStatement?: string;
  onRemove?: () => void;
  onStreamingChange?: (streaming: boolean) => void;
}) {
  const t = useTranslations();
  const run = useDebugRun(appId, mode);
  const config = useRef(modelConfig);
  config.current = modelConfig;
  const { send, restart } = run;
  // A column added for comparison starts empty: it answers only submissions made after it appeared.
  const seen = useRef(submission?.id);
  useEffect(() => {
    if (!submission || submission.id === seen.current) return;
    seen.current = submission.id;
    void send(submission.query, submission.inputs, config.current);
  }, [submission, send]);
  useEffect(() => {
    if (resetKey) restart();
  }, [resetKey]);
  useEffect(() => onStreamingChange?.(run.streaming), [run.streaming, onStreamingChange]);

  return (
    <div className="flex min-h-64 min-w-0 flex-col gap-2 rounded-lg border bg-card p-3" data-testid="debug-column">
      {title || onRemove ? (
        <div className="flex items-center justify-between gap-2">
          <p className="truncate text-xs font-medium" data-testid="debug-column-model">
            {title}
          </p>
          {onRemove ? (
            <IconButton label={t('studio.debug.removeModel')} onClick={onRemove}>
              <XIcon />
            </IconButton>
          ) : null}
        </div>
      ) : null}
      {openingStatement && mode !== 'completion' ? (
        <p className="rounded-md bg-primary/5 p-2 text-sm" data-testid="debug-opening">
          {openingStatement}
        </p>
      ) : null}
      <div className="grid flex-1 content-start gap-3" aria-live="polite">
        {run.turns.map((turn, index) => (
          <div key={index} className="grid gap-1.5">
            {turn.query && mode !== 'completion' ? (
              <p className="justify-self-end rounded-lg bg-primary px-3 py-1.5 text-sm text-primary-foreground" data-testid="debug-question">
                {turn.query}
              </p>
            ) : null}
            <AgentThoughts thoughts={turn.answer.thoughts} />
            <div className="rounded-lg bg-muted/60 px-3 py-2 text-sm whitespace-pre-wrap" data-testid="debug-answer" data-status={turn.answer.status}>
              {turn.answer.text || (turn.answer.status === 'streaming' ? '…' : '')}
              <Citations citations={turn.answer.citations} />
            </div>
            <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
              {turn.answer.annotationReply ? <Badge variant="success" data-testid="debug-annotation-reply">{t('studio.debug.fromAnnotation')}</Badge> : null}
              {turn.answer.status === 'stopped' ? <Badge variant="warning">{t('studio.debug.stopped')}</Badge> : null}
              {turn.answer.tokens !== null ? <span>{t('studio.debug.tokens', { n: turn.answer.tokens })}</span> : null}
              {turn.answer.latency !== null ? <span>{t('studio.debug.latency', { seconds: turn.answer.latency })}</span> : null}
            </div>
            {turn.answer.error ? (
              <p role="alert" className="text-xs text-destructive" data-testid="debug-error">
                {turn.answer.error}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      {run.streaming ? (
        <Button variant="outline" size="sm" className="justify-self-start" onClick={run.stop} data-testid="debug-stop">
          <SquareIcon />
          {t('studio.debug.stop')}
        </Button>
      ) : null}
    </div>
  );
}
