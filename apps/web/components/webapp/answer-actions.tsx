'use client';

import { useTranslations } from 'next-intl';
import { CheckIcon, CopyIcon, RefreshCwIcon, SquareIcon, ThumbsDownIcon, ThumbsUpIcon, Volume2Icon } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { copyText } from '@/lib/clipboard';
import { cn } from '@/lib/utils';

function Action({ label, pressed, onClick, children, testId }: { label: string; pressed?: boolean; onClick: () => void; children: ReactNode; testId: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      data-testid={testId}
      onClick={onClick}
      className={cn(
        'inline-flex size-8 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 [&_svg]:size-4',
        pressed && 'bg-accent text-primary',
      )}
    >
      {children}
    </button>
  );
}

/** What a visitor can do with a finished answer: copy, rate, hear it, and ask for another. */
export function AnswerActions(props: {
  text: string;
  feedback?: 'like' | 'dislike' | null;
  onRate?: (rating: 'like' | 'dislike') => void;
  onRegenerate?: () => void;
  speaking?: boolean;
  onSpeak?: () => void;
  children?: ReactNode;
}) {
  const t = useTranslations('webapp');
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-1 flex flex-wrap items-center gap-0.5" data-testid="webapp-answer-actions">
      <Action
        label={copied ? t('copied') : t('copy')}
        testId="webapp-answer-copy"
        onClick={async () => {
          await copyText(props.text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        }}
      >
        {copied ? <CheckIcon /> : <CopyIcon />}
      </Action>
      {props.onRate ? (
        <>
          <Action label={t('like')} testId="webapp-answer-like" pressed={props.feedback === 'like'} onClick={() => props.onRate!('like')}>
            <ThumbsUpIcon />
          </Action>
          <Action label={t('dislike')} testId="webapp-answer-dislike" pressed={props.feedback === 'dislike'} onClick={() => props.onRate!('dislike')}>
            <ThumbsDownIcon />
          </Action>
        </>
      ) : null}
      {props.onSpeak ? (
        <Action label={props.speaking ? t('stopSpeaking') : t('speak')} testId="webapp-answer-speak" onClick={props.onSpeak}>
          {props.speaking ? <SquareIcon /> : <Volume2Icon />}
        </Action>
      ) : null}
      {props.onRegenerate ? (
        <Action label={t('regenerate')} testId="webapp-answer-regenerate" onClick={props.onRegenerate}>
          <RefreshCwIcon />
        </Action>
      ) : null}
      {props.children}
    </div>
  );
}
