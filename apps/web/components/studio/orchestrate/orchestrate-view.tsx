'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { UploadCloudIcon } from 'lucide-react';
import { useMemo } from 'react';
import { FormError, Notice } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/errors';
import { formFromVariables, type PromptVariable, syncVariables, variablesFromForm } from '@/lib/studio/prompt-variables';
import { useTRPC } from '@/lib/trpc';
import { DebugPane } from '../debug/debug-pane';
import { LoadError } from '../shell/load-error';
import { hasOrchestrate } from '../shell/sections';
import { useAppId, useStudioApp } from '../shell/use-app';
import { AgentSettings } from './agent-settings';
import { ContextSection } from './context-section';
import { FeaturesPanel } from './features-panel';
import { ModelPicker } from './model-picker';
import { ParameterPanel } from './parameter-panel';
import { PromptEditor } from './prompt-editor';
import { useConfigDraft } from './use-config-draft';
import { VariablesTable } from './variables-table';

type ModelField = { provider?: string; name?: string; mode?: string; completion_params?: Record<string, unknown> };

export function OrchestrateView() {
  const t = useTranslations();
  const o = useTranslations('studio.orchestrate');
  const appId = useAppId();
  const app = useStudioApp().data;
  const trpc = useTRPC();
  const versions = useQuery(trpc.apps.modelConfig.versions.queryOptions({ app_id: appId, limit: 1 }));
  const { saved, draft, dirty, update, patch, discard, publish, publishing, publishError } = useConfigDraft(appId);
  const variables = useMemo(() => variablesFromForm(draft?.user_input_form ?? []), [draft?.user_input_form]);

  if (app && !hasOrchestrate(app.mode)) return <Notice data-testid="not-prompt-app">{o('notPromptApp')}</Notice>;
  if (saved.error) return <LoadError error={saved.error} onRetry={() => void saved.refetch()} />;
  if (!draft || !app) return <div className="h-96 animate-pulse rounded-xl border bg-muted/60" aria-busy="true" />;

  const mode = app.mode;
  const model = draft.model as ModelField;
  const setVariables = (next: PromptVariable[]) => patch('user_input_form', formFromVariables(next));
  const setPrompt = (prompt: string) =>
    update((current) => ({
      ...current,
      pre_prompt: prompt,
      user_input_form: formFromVariables(syncVariables(prompt, variablesFromForm(current.user_input_form))),
    }));
  const latest = versions.data?.data[0];

  return (
    <div className="grid gap-4 *:min-w-0">
      <div className="sticky top-14 z-30 -mx-1 flex flex-wrap items-center gap-2 rounded-lg border bg-background/95 px-3 py-2 backdrop-blur" data-testid="publish-bar">
        <h2 className="mr-auto text-base font-semibold">{o('title')}</h2>
        {dirty ? (
          <Badge variant="warning" data-testid="unsaved-badge">
            {o('unsaved')}
          </Badge>
        ) : latest ? (
          <Badge variant="outline" data-testid="published-version">
            {o('publishedVersion', { version: latest.version })}
          </Badge>
        ) : null}
        {dirty ? (
          <Button variant="ghost" size="sm" onClick={discard} data-testid="discard-changes">
            {o('discard')}
          </Button>
        ) : null}
        <Button size="sm" onClick={publish} disabled={!dirty || publishing} data-testid="publish">
          <UploadCloudIcon />
          {publishing ? o('publishing') : o('publish')}
        </Button>
      </div>
      <FormError data-testid="publish-error">{publishError ? errorMessage(t, publishError) : ''}</FormError>
      {dirty ? <Notice className="text-xs">{o('unsavedHint')}</Notice> : null}
      <div className="grid gap-6 *:min-w-0 lg:grid-cols-2">
        <div className="grid content-start gap-5">
          <PromptEditor label={mode === 'completion' ? o('prefixPrompt') : o('instructions')} value={draft.pre_prompt} onChange={setPrompt} />
          <VariablesTable variables={variables} onChange={setVariables} />
          <section className="grid gap-3">
            <ModelPicker
              value={model.name ? { provider: model.provider ?? '', name: model.name, mode: model.mode ?? 'chat' } : null}
              onChange={(choice) => patch('model', { ...model, ...choice, completion_params: {} })}
            />
            <ParameterPanel
              provider={model.provider ?? ''}
              model={model.name ?? ''}
              value={model.completion_params ?? {}}
              onChange={(completion_params) => patch('model', { ...model, completion_params })}
            />
          </section>
          <ContextSection
            mode={mode}
            configs={draft.dataset_configs}
            queryVariable={draft.dataset_query_variable ?? ''}
            variables={variables}
            onChange={(next) => patch('dataset_configs', next)}
            onQueryVariableChange={(variable) => patch('dataset_query_variable', variable)}
          />
          {mode === 'agent-chat' ? <AgentSettings value={draft.agent_mode} onChange={(next) => patch('agent_mode', next)} /> : null}
          <FeaturesPanel appId={appId} mode={mode} draft={draft} patch={patch} />
        </div>
        <div className="lg:sticky lg:top-32 lg:self-start">
          <DebugPane appId={appId} mode={mode} draft={draft} variables={variables} />
        </div>
      </div>
    </div>
  );
}
