'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { Label } from '@/components/ui/label';
import { promptSegments } from '@/lib/studio/prompt-variables';

const SHARED = 'col-start-1 row-start-1 min-h-40 w-full whitespace-pre-wrap break-words px-3 py-2 font-mono text-sm leading-6';

/**
 * A plain textarea over a mirror layer that paints `{{variables}}`: the textarea keeps native
 * editing, selection, undo and accessibility, the mirror only colours what is typed.
 */
export function PromptEditor({ value, onChange, label }: { value: string; onChange: (value: string) => void; label: string }) {
  const t = useTranslations();
  const mirror = useRef<HTMLDivElement>(null);
  return (
    <div className="grid gap-2">
      <Label htmlFor="prompt-editor">{label}</Label>
      <div className="grid rounded-md border bg-card shadow-xs focus-within:border-ring focus-within:ring-[3px] focus-within:ring-ring/30">
        <div ref={mirror} aria-hidden="true" className={`${SHARED} pointer-events-none overflow-hidden text-transparent`} data-testid="prompt-highlights">
          {promptSegments(value).map((segment, i) =>
            segment.variable ? (
              <mark key={i} className="rounded bg-primary/15 text-transparent" data-testid="prompt-variable-mark">
                {segment.text}
              </mark>
            ) : (
              <span key={i}>{segment.text}</span>
            ),
          )}
          {'\n'}
        </div>
        <textarea
          id="prompt-editor"
          data-testid="prompt-editor"
          value={value}
          spellCheck={false}
          placeholder={t('studio.orchestrate.promptPlaceholder')}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (mirror.current) mirror.current.scrollTop = e.currentTarget.scrollTop;
          }}
          className={`${SHARED} resize-y bg-transparent caret-foreground outline-none`}
        />
      </div>
      <p className="text-xs text-muted-foreground">{t('studio.orchestrate.promptHint')}</p>
    </div>
  );
}
