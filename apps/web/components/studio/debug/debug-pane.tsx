'use client';

import { useTranslations } from 'next-intl';
import { ColumnsIcon, PlayIcon, RotateCcwIcon, SendIcon } from 'lucide-react';
import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';
import { type PromptVariable } from '@/lib/studio/prompt-variables';
import { ModelPicker, type ModelChoice } from '../orchestrate/model-picker';
import { type ConfigDraft } from '../orchestrate/use-config-draft';
import { DebugColumn, type Submission } from './debug-column';
import { DebugInputs } from './debug-inputs';

const MAX_MODELS = 4;

/**
 * Debug and preview: runs the unsaved configuration. "Compare" adds up to three more models; each
 * column gets the same question and inputs and keeps its own conversation.
 */
export function DebugPane({ appId, mode, draft, variables }: { appId: string; mode: string; draft: ConfigDraft; variables: PromptVariable[] }) {
  const d = useTranslations('studio.debug');
  const completion = mode === 'completion';
  const [inputs, setInputs] = useState<Record<string, unknown>>({});
  const [query, setQuery] = useState('');
  const [submission, setSubmission] = useState<Submission | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [extraModels, setExtraModels] = useState<(ModelChoice | null)[]>([]);
  const [busy, setBusy] = useState<Record<number, boolean>>({});
  const streaming = Object.values(busy).some(Boolean);
  const model = draft.model as { provider?: string; name?: string; mode?: string };
  const hasModel = Boolean(model.provider && model.name);

  const missing = variables.filter((v) => v.required && v.variable && v.type !== 'file' && v.type !== 'file-list' && (inputs[v.variable] === undefined || inputs[v.variable] === ''));
  const ready = hasModel && missing.length === 0 && (completion || query.trim() !== '') && !streaming;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!ready) return;
    setSubmission({ id: Date.now(), query: completion ? '' : query.trim(), inputs });
    if (!completion) setQuery('');
  };

  const configs = useMemo(() => {
    const base = draft as unknown as Record<string, unknown>;
    const list = [{ config: base, title: extraModels.length ? `${model.provider} / ${model.name}` : undefined }];
    for (const extra of extraModels) {
      if (extra) list.push({ config: { ...base, model: { ...(draft.model as object), provider: extra.provider, name: extra.name, mode: extra.mode } }, title: `${extra.provider} / ${extra.name}` });
    }
    return list;
  }, [draft, extraModels, model.provider, model.name]);

  const setBusyAt = useCallback((index: number) => (value: boolean) => setBusy((all) => (all[index] === value ? all : { ...all, [index]: value })), []);
  const busySetters = useMemo(() => Array.from({ length: MAX_MODELS }, (_, i) => setBusyAt(i)), [setBusyAt]);

  return (
    <section className="grid content-start gap-3" aria-labelledby="debug-title" data-testid="debug-pane">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="debug-title" className="text-base font-semibold">
          {d('title')}
        </h2>
        <div className="flex gap-1">
          {extraModels.length < MAX_MODELS - 1 ? (
            <Button variant="outline" size="sm" onClick={() => setExtraModels([...extraModels, null])} disabled={!hasModel} data-testid="debug-compare">
              <ColumnsIcon />
              {d('compare')}
            </Button>
          ) : null}
          {!completion ? (
            <Button variant="outline" size="sm" onClick={() => setResetKey((k) => k + 1)} data-testid="debug-restart">
              <RotateCcwIcon />
              {d('restart')}
            </Button>
          ) : null}
        </div>
      </div>
      {!hasModel ? <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground">{d('chooseModelFirst')}</p> : null}
      <DebugInputs variables={variables} values={inputs} onChange={setInputs} />
      {extraModels.map((extra, index) =>
        extra ? null : (
          <div key={index} className="rounded-lg border border-dashed p-3">
            <ModelPicker
              id={`compare-model-${index}`}
              label={d('compareWith')}
              value={null}
              onChange={(choice) => setExtraModels(extraModels.map((m, i) => (i === index ? choice : m)))}
            />
          </div>
        ),
      )}
      <div className={configs.length > 1 ? 'grid gap-2 sm:grid-cols-2' : 'grid gap-2'} data-testid="debug-columns">
        {configs.map(({ config, title }, index) => (
          <DebugColumn
            key={index === 0 ? 'main' : `${title}-${index}`}
            appId={appId}
            mode={mode}
            modelConfig={config}
            submission={submission}
            resetKey={resetKey}
            title={title}
            openingStatement={draft.opening_statement}
            onStreamingChange={busySetters[index]}
            onRemove={index === 0 ? undefined : () => setExtraModels(extraModels.filter((m) => m).filter((_, i) => i !== index - 1))}
          />
        ))}
      </div>
      {completion ? (
        <Button onClick={() => submit()} disabled={!ready} data-testid="debug-run">
          <PlayIcon />
          {d('run')}
        </Button>
      ) : (
        <form onSubmit={submit} className="flex items-end gap-2">
          <Textarea
            aria-label={d('message')}
            placeholder={d('messagePlaceholder')}
            rows={2}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                submit();
              }
            }}
            data-testid="debug-query"
          />
          <Button type="submit" size="icon" disabled={!ready} aria-label={d('send')} data-testid="debug-send">
            <SendIcon />
          </Button>
        </form>
      )}
      {missing.length > 0 ? <p className="text-xs text-muted-foreground">{d('fillRequired', { fields: missing.map((v) => v.label || v.variable).join(', ') })}</p> : null}
    </section>
  );
}
