'use client';

import { useTranslations } from 'next-intl';
import { WrenchIcon } from 'lucide-react';
import { type AgentThought } from '@/lib/webapp/types';

/** The agent's steps: each tool it called, with what went in and came out, folded by default. */
export function AgentThoughts({ thoughts }: { thoughts: AgentThought[] }) {
  const t = useTranslations('webapp');
  const steps = thoughts.filter((thought) => thought.tool || thought.thought);
  if (steps.length === 0) return null;
  return (
    <div className="mb-2 space-y-1.5" data-testid="webapp-agent-thoughts">
      {steps.map((step) => (
        <details key={step.id} className="rounded-md border bg-muted/40 text-xs">
          <summary className="flex cursor-pointer items-center gap-1.5 px-2 py-1.5 text-muted-foreground">
            <WrenchIcon className="size-3.5" aria-hidden />
            {step.tool ? t('usedTool', { tool: step.tool.split(';').join(', ') }) : t('thought')}
          </summary>
          <div className="space-y-2 border-t px-2 py-2">
            {step.thought ? <p className="whitespace-pre-wrap">{step.thought}</p> : null}
            {step.tool_input ? (
              <div>
                <div className="font-medium">{t('toolInput')}</div>
                <pre className="overflow-x-auto whitespace-pre-wrap break-all">{step.tool_input}</pre>
              </div>
            ) : null}
            {step.observation ? (
              <div>
                <div className="font-medium">{t('toolOutput')}</div>
                <pre className="overflow-x-auto whitespace-pre-wrap break-all">{step.observation}</pre>
              </div>
            ) : null}
          </div>
        </details>
      ))}
    </div>
  );
}
