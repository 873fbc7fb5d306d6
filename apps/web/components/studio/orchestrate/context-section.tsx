'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { DatabaseIcon, PlusIcon, SlidersHorizontalIcon, Trash2Icon } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { type PromptVariable } from '@/lib/studio/prompt-variables';
import { useTRPC } from '@/lib/trpc';
import { RetrievalSettingsDialog } from './retrieval-settings-dialog';

type Raw = Record<string, unknown>;
type DatasetEntry = { dataset: { enabled: boolean; id: string } };

/** The ids of `dataset_configs.datasets.datasets`, in order. */
export function configuredDatasetIds(configs: Raw): string[] {
  const datasets = (configs.datasets as { datasets?: DatasetEntry[] } | undefined)?.datasets ?? [];
  return datasets.map((entry) => entry.dataset.id);
}

function withDatasetIds(configs: Raw, ids: string[]): Raw {
  const datasets = (configs.datasets as Raw | undefined) ?? {};
  return { ...configs, datasets: { strategy: 'router', ...datasets, datasets: ids.map((id) => ({ dataset: { enabled: true, id } })) } };
}

/**
 * Orchestrate's Context: the knowledge bases the app searches before answering (`dataset_configs`),
 * how it searches them, and for completion apps which input is the query (`dataset_query_variable`).
 */
export function ContextSection({
  mode,
  configs,
  queryVariable,
  variables,
  onChange,
  onQueryVariableChange,
}: {
  mode: string;
  configs: Raw;
  queryVariable: string;
  variables: PromptVariable[];
  onChange: (next: Raw) => void;
  onQueryVariableChange: (variable: string) => void;
}) {
  const k = useTranslations('studio.knowledge');
  const trpc = useTRPC();
  const [picking, setPicking] = useState(false);
  const [tuning, setTuning] = useState(false);
  const ids = configuredDatasetIds(configs);
  const all = useQuery(trpc.datasets.list.queryOptions({ page: 1, limit: 100 }));
  const byId = new Map((all.data?.data ?? []).map((dataset) => [dataset.id, dataset]));

  return (
    <section className="grid gap-3 rounded-lg border bg-card p-3" aria-labelledby="context-title" data-testid="context-section">
      <div className="flex items-center justify-between gap-2">
        <div>
          <h3 id="context-title" className="text-sm font-medium">
            {k('title')}
          </h3>
          <p className="text-xs text-muted-foreground">{k('hint')}</p>
        </div>
        <div className="flex gap-1">
          {ids.length > 0 ? (
            <Button variant="ghost" size="sm" onClick={() => setTuning(true)} data-testid="context-settings">
              <SlidersHorizontalIcon />
              {k('settings')}
            </Button>
          ) : null}
          <Button variant="outline" size="sm" onClick={() => setPicking(true)} data-testid="context-add">
            <PlusIcon />
            {k('add')}
          </Button>
        </div>
      </div>
      {ids.length === 0 ? <p className="text-xs text-muted-foreground">{k('empty')}</p> : null}
      <ul className="grid gap-1">
        {ids.map((id) => {
          const name = byId.get(id)?.name ?? id;
          return (
            <li key={id} className="flex items-center gap-2 rounded-md border px-2 py-1.5 text-sm" data-testid="context-dataset" data-dataset-id={id}>
              <DatabaseIcon className="size-4 text-muted-foreground" aria-hidden />
              <span className="min-w-0 flex-1 truncate">{name}</span>
              <IconButton label={k('remove', { name })} onClick={() => onChange(withDatasetIds(configs, ids.filter((other) => other !== id)))}>
                <Trash2Icon />
              </IconButton>
            </li>
          );
        })}
      </ul>
      {mode === 'completion' && ids.length > 0 ? (
        <div className="grid gap-1">
          <Label htmlFor="context-query-variable">{k('queryVariable')}</Label>
          <Select value={queryVariable || undefined} onValueChange={onQueryVariableChange} disabled={variables.length === 0}>
            <SelectTrigger id="context-query-variable" data-testid="context-query-variable">
              <SelectValue placeholder={variables.length === 0 ? k('queryVariableNone') : k('queryVariableHint')} />
            </SelectTrigger>
            <SelectContent>
              {variables.map((variable) => (
                <SelectItem key={variable.variable} value={variable.variable}>
                  {variable.label || variable.variable}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      ) : null}
      <DatasetPicker
        open={picking}
        onOpenChange={setPicking}
        chosen={ids}
        datasets={all.data?.data ?? []}
        onPick={(picked) => onChange(withDatasetIds(configs, [...ids, ...picked.filter((id) => !ids.includes(id))]))}
      />
      {tuning ? <RetrievalSettingsDialog configs={configs} datasetIds={ids} onClose={() => setTuning(false)} onSave={onChange} /> : null}
    </section>
  );
}

interface PickableDataset {
  id: string;
  name: string;
  description: string | null;
  document_count: number;
}

function DatasetPicker({
  open,
  onOpenChange,
  chosen,
  datasets,
  onPick,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  chosen: string[];
  datasets: PickableDataset[];
  onPick: (ids: string[]) => void;
}) {
  const t = useTranslations();
  const k = useTranslations('studio.knowledge');
  const [keyword, setKeyword] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const shown = datasets.filter((dataset) => dataset.name.toLowerCase().includes(keyword.trim().toLowerCase()));
  const close = () => {
    setSelected([]);
    setKeyword('');
    onOpenChange(false);
  };
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? onOpenChange(true) : close())}>
      <DialogContent closeLabel={t('common.close')} className="max-w-lg" data-testid="dataset-picker">
        <DialogHeader>
          <DialogTitle>{k('pickerTitle')}</DialogTitle>
        </DialogHeader>
        <Input value={keyword} onChange={(e) => setKeyword(e.target.value)} placeholder={k('pickerSearch')} aria-label={k('pickerSearch')} />
        {datasets.length === 0 ? <p className="text-sm text-muted-foreground">{k('pickerEmpty')}</p> : null}
        <ul className="grid max-h-72 gap-1 overflow-y-auto">
          {shown.map((dataset) => {
            const already = chosen.includes(dataset.id);
            const checked = already || selected.includes(dataset.id);
            return (
              <li key={dataset.id}>
                <label className="flex cursor-pointer items-center gap-2 rounded-md border px-2 py-1.5 text-sm has-disabled:opacity-60" data-testid="dataset-option" data-name={dataset.name}>
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    checked={checked}
                    disabled={already}
                    onChange={(e) => setSelected((current) => (e.target.checked ? [...current, dataset.id] : current.filter((id) => id !== dataset.id)))}
                  />
                  <DatabaseIcon className="size-4 text-muted-foreground" aria-hidden />
                  <span className="min-w-0 flex-1 truncate">{dataset.name}</span>
                  <span className="text-xs text-muted-foreground">{k('documents', { n: dataset.document_count })}</span>
                </label>
              </li>
            );
          })}
        </ul>
        <DialogFooter>
          <Button variant="ghost" onClick={close}>
            {k('cancel')}
          </Button>
          <Button
            disabled={selected.length === 0}
            onClick={() => {
              onPick(selected);
              close();
            }}
            data-testid="dataset-picker-add"
          >
            {k('pickerDone')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
