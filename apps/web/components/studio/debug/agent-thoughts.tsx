'use client';

import { useTranslations } from 'next-intl';
import { WrenchIcon } from 'lucide-react';
import { type AgentThoughtView } from '@/lib/studio/debug-answer';

/** An agent's reasoning steps: what it thought, which tool it called with what, and what came back. */
export function AgentThoughts({ thoughts }: { thoughts: AgentThoughtView[] }) {
  const t = useTranslations();
  if (thoughts.length === 0) return null;
  return (
    <ol className="grid gap-1.5" data-testid="agent-thoughts">
      {thoughts.map((thought) => (
        <li key={thought.id || thought.position} className="rounded-md border bg-muted/40 p-2 text-xs" data-testid="agent-thought">
          {thought.thought ? <p className="whitespace-pre-wrap text-muted-foreground">{thought.thought}</p> : null}
          {thought.tool ? (
            <details className="mt-1" data-testid="agent-tool-call" data-tool={thought.tool}>
              <summary className="flex cursor-pointer items-center gap-1.5 font-medium">
                <WrenchIcon className="size-3.5" />
                {t('studio.debug.usedTool', { tool: thought.tool })}
              </summary>
              <div className="mt-1 grid gap-1 font-mono">
                <p>
                  <span className="text-muted-foreground">{t('studio.debug.toolInput')}: </span>
                  {thought.toolInput}
                </p>
                {thought.observation ? (
                  <p data-testid="agent-tool-observation">
                    <span className="text-muted-foreground">{t('studio.debug.toolOutput')}: </span>
                    {thought.observation}
                  </p>
                ) : null}
              </div>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
