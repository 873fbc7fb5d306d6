'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import { useTRPC } from '@/lib/trpc';
import { ManualConditionsEditor } from './metadata-conditions/manual-conditions-editor';
import { useManualConditions } from './metadata-conditions/use-manual-conditions';
import { ModelChoiceSelect, modelChoiceValue, splitModelChoice } from './model-choice-select';
import { type MetadataFilterMode, METADATA_FILTER_MODES, MetadataFilterSettings, metadataModelConfig, metadataModelValue } from './metadata-filter-settings';

type Raw = Record<string, unknown>;
type Strategy = 'single' | 'multiple';
type RerankMode = 'reranking_model' | 'weighted_score';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * How the app searches its knowledge: one knowledge base per question ('single') or all of them
 * merged ('multiple', with top K, a score threshold, and a rerank model or weighted scores), and
 * how the searched documents are filtered by their metadata.
 */
export function RetrievalSettingsDialog({
  configs,
  datasetIds,
  onClose,
  onSave,
}: {
  configs: Raw;
  datasetIds: readonly string[];
  onClose: () => void;
  onSave: (next: Raw) => void;
}) {
  const t = useTranslations();
  const k = useTranslations('studio.knowledge');
  const trpc = useTRPC();
  const rerankModels = useQuery(trpc.modelProviders.models.listByType.queryOptions({ model_type: 'rerank' }));
  const [strategy, setStrategy] = useState<Strategy>(configs.retrieval_model === 'single' ? 'single' : 'multiple');
  const [topK, setTopK] = useState(Number(configs.top_k ?? 4));
  const [thresholdOn, setThresholdOn] = useState(Boolean(configs.score_threshold_enabled));
  const [threshold, setThreshold] = useState(Number(configs.score_threshold ?? 0.5));
  const [rerankOn, setRerankOn] = useState(Boolean(configs.reranking_enable));
  const [rerankMode, setRerankMode] = useState<RerankMode>(configs.reranking_mode === 'weighted_score' ? 'weighted_score' : 'reranking_model');
  const savedModel = (configs.reranking_model as Raw | null | undefined) ?? {};
  const [rerankModel, setRerankModel] = useState(modelChoiceValue(savedModel.reranking_provider_name, savedModel.reranking_model_name));
  const savedWeights = (configs.weights as { vector_setting?: Raw } | null | undefined) ?? {};
  const [semantic, setSemantic] = useState(Number(savedWeights.vector_setting?.vector_weight ?? 0.7));
  const providers = rerankModels.data?.data ?? [];
  const savedMode = METADATA_FILTER_MODES.find((mode) => mode === configs.metadata_filtering_mode) ?? 'disabled';
  const [filterMode, setFilterMode] = useState<MetadataFilterMode>(savedMode);
  const savedFilterModel = configs.metadata_model_config as Raw | null | undefined;
  const [filterModel, setFilterModel] = useState(metadataModelValue(savedFilterModel));
  const manual = useManualConditions(configs.metadata_filtering_conditions, datasetIds, filterMode === 'manual');

  const save = () => {
    // Conditions that could never match (no field, no value) are shown, not saved.
    if (filterMode === 'manual' && !manual.check()) return;
    const { provider, model } = splitModelChoice(rerankModel);
    const weight = Math.round(clamp(semantic, 0, 1) * 10) / 10;
    onSave({
      ...configs,
      retrieval_model: strategy,
      top_k: clamp(Math.round(topK), 1, 10),
      score_threshold_enabled: thresholdOn,
      score_threshold: clamp(threshold, 0, 1),
      reranking_enable: rerankOn,
      reranking_mode: rerankMode,
      reranking_model: { reranking_provider_name: provider, reranking_model_name: model },
      weights: {
        weight_type: 'customized',
        vector_setting: { ...(savedWeights.vector_setting ?? {}), vector_weight: weight },
        keyword_setting: { keyword_weight: Math.round((1 - weight) * 10) / 10 },
      },
      metadata_filtering_mode: filterMode,
      metadata_model_config: filterModel ? metadataModelConfig(filterModel, savedFilterModel) : (savedFilterModel ?? null),
      // Outside manual mode the field types are not loaded, so the saved conditions are kept as they were.
      metadata_filtering_conditions: filterMode === 'manual' ? manual.toSave() : (configs.metadata_filtering_conditions ?? null),
    });
    onClose();
  };

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent closeLabel={t('common.close')} className="max-w-lg" data-testid="retrieval-settings">
        <DialogHeader>
          <DialogTitle>{k('settingsTitle')}</DialogTitle>
        </DialogHeader>
        <fieldset className="grid gap-2">
          {(['multiple', 'single'] as const).map((value) => (
            <label key={value} className="flex cursor-pointer items-start gap-2 rounded-md border p-2 text-sm has-checked:border-primary">
              <input
                type="radio"
                name="retrieval-strategy"
                className="mt-1 accent-primary"
                checked={strategy === value}
                onChange={() => setStrategy(value)}
                data-testid={`retrieval-${value}`}
              />
              <span>
                <span className="font-medium">{value === 'single' ? k('single') : k('multiple')}</span>
                <span className="block text-xs text-muted-foreground">{value === 'single' ? k('singleHint') : k('multipleHint')}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {strategy === 'multiple' ? (
          <div className="grid gap-3">
            <div className="flex items-center gap-2">
              <Switch checked={rerankOn} onCheckedChange={setRerankOn} aria-label={k('rerank')} data-testid="retrieval-rerank" />
              <Select value={rerankMode} onValueChange={(value) => setRerankMode(value as RerankMode)} disabled={!rerankOn}>
                <SelectTrigger className="w-48" aria-label={k('rerank')}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="reranking_model">{k('rerankModel')}</SelectItem>
                  <SelectItem value="weighted_score">{k('weighted')}</SelectItem>
                </SelectContent>
              </Select>
            </div>
            {rerankOn && rerankMode === 'reranking_model' ? (
              <ModelChoiceSelect
                providers={providers}
                value={rerankModel}
                onChange={setRerankModel}
                label={k('rerankModel')}
                noneLabel={k('rerankModelNone')}
                testId="retrieval-rerank-model"
              />
            ) : null}
            {rerankOn && rerankMode === 'weighted_score' ? (
              <div className="grid gap-1">
                <Label htmlFor="retrieval-semantic-weight">
                  {k('weights', { semantic, keyword: 1 - semantic })}
                </Label>
                <input
                  id="retrieval-semantic-weight"
                  type="range"
                  min={0}
                  max={1}
                  step={0.1}
                  value={semantic}
                  onChange={(e) => setSemantic(Number(e.target.value))}
                  className="accent-primary"
                />
              </div>
            ) : null}
            <div className="grid grid-cols-2 gap-3">
              <div className="grid gap-1">
                <Label htmlFor="retrieval-top-k">{k('topK')}</Label>
                <Input id="retrieval-top-k" type="number" min={1} max={10} value={topK} onChange={(e) => setTopK(Number(e.target.value) || 1)} data-testid="retrieval-top-k" />
              </div>
              <div className="grid gap-1">
                <div className="flex items-center gap-2">
                  <Switch checked={thresholdOn} onCheckedChange={setThresholdOn} aria-label={k('scoreThreshold')} data-testid="retrieval-threshold-on" />
                  <Label htmlFor="retrieval-threshold">{k('scoreThreshold')}</Label>
                </div>
                <Input
                  id="retrieval-threshold"
                  type="number"
                  min={0}
                  max={1}
                  step={0.05}
                  value={threshold}
                  disabled={!thresholdOn}
                  onChange={(e) => setThreshold(Number(e.target.value) || 0)}
                  data-testid="retrieval-threshold"
                />
              </div>
            </div>
          </div>
        ) : null}
        <MetadataFilterSettings
          mode={filterMode}
          model={filterModel}
          manualEditor={<ManualConditionsEditor {...manual.editor} />}
          onModeChange={setFilterMode}
          onModelChange={setFilterModel}
        />
        <DialogFooter>
          <Button variant="ghost" onClick={onClose}>
            {k('cancel')}
          </Button>
          <Button onClick={save} data-testid="retrieval-save">
            {k('save')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
