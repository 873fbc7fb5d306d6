'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/ui/switch';
import { cn } from '@/lib/utils';

export type SearchMethod = 'semantic_search' | 'full_text_search' | 'hybrid_search' | 'keyword_search';

export interface RetrievalSettings {
  search_method: SearchMethod;
  reranking_enable: boolean;
  top_k: number;
  score_threshold_enabled: boolean;
  score_threshold: number;
}

export const DEFAULT_RETRIEVAL: RetrievalSettings = { search_method: 'semantic_search', reranking_enable: false, top_k: 3, score_threshold_enabled: false, score_threshold: 0.5 };

/** A stored `retrieval_model_dict` read back into the form's settings. */
export function retrievalFrom(dict: Record<string, unknown> | null | undefined, economy: boolean): RetrievalSettings {
  const method = dict?.search_method as SearchMethod | undefined;
  return {
    search_method: economy ? 'keyword_search' : method && method !== 'keyword_search' ? method : 'semantic_search',
    reranking_enable: false,
    top_k: typeof dict?.top_k === 'number' ? dict.top_k : DEFAULT_RETRIEVAL.top_k,
    score_threshold_enabled: dict?.score_threshold_enabled === true,
    score_threshold: typeof dict?.score_threshold === 'number' ? dict.score_threshold : DEFAULT_RETRIEVAL.score_threshold,
  };
}

/** Search method, top K and score threshold; economy knowledge bases only have keyword search. */
export function RetrievalSettingsForm({ value, onChange, economy, idPrefix }: { value: RetrievalSettings; onChange: (next: RetrievalSettings) => void; economy: boolean; idPrefix: string }) {
  const t = useTranslations();
  const r = useTranslations('datasets.retrieval');
  const methods: SearchMethod[] = economy ? ['keyword_search'] : ['semantic_search', 'full_text_search', 'hybrid_search'];
  return (
    <div className="grid gap-3">
      <div role="radiogroup" aria-label={t('datasets.wizard.retrieval')} className="grid gap-2 sm:grid-cols-3">
        {methods.map((method) => (
          <button
            key={method}
            type="button"
            role="radio"
            aria-checked={value.search_method === method}
            onClick={() => onChange({ ...value, search_method: method })}
            data-testid={`${idPrefix}-method-${method}`}
            className={cn('rounded-lg border px-3 py-2 text-left text-sm', value.search_method === method ? 'border-primary bg-primary/5 text-primary' : 'hover:bg-accent')}
          >
            {r(method)}
          </button>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <div className="grid gap-1">
          <Label htmlFor={`${idPrefix}-top-k`}>{r('topK')}</Label>
          <Input
            id={`${idPrefix}-top-k`}
            type="number"
            min={1}
            max={10}
            className="w-24"
            value={value.top_k}
            onChange={(e) => onChange({ ...value, top_k: Math.min(10, Math.max(1, Number(e.target.value) || 1)) })}
          />
        </div>
        {!economy ? (
          <div className="flex items-center gap-2">
            <Switch checked={value.score_threshold_enabled} onCheckedChange={(on) => onChange({ ...value, score_threshold_enabled: on })} aria-label={r('thresholdOn')} />
            <Label htmlFor={`${idPrefix}-threshold`}>{r('threshold')}</Label>
            <Input
              id={`${idPrefix}-threshold`}
              type="number"
              min={0}
              max={1}
              step={0.05}
              className="w-24"
              disabled={!value.score_threshold_enabled}
              value={value.score_threshold}
              onChange={(e) => onChange({ ...value, score_threshold: Math.min(1, Math.max(0, Number(e.target.value) || 0)) })}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}
