'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery } from '@tanstack/react-query';
import { EyeIcon } from 'lucide-react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { cn } from '@/lib/utils';
import { type ChunkMode, type ChunkSettings, docFormOf, processRuleOf, QA_LANGUAGES } from './process-rule';
import { type RetrievalSettings, RetrievalSettingsForm } from './retrieval-settings';

export interface IndexSettings {
  technique: 'high_quality' | 'economy';
  /** `provider::model`, or empty for the workspace default. */
  embedding: string;
  retrieval: RetrievalSettings;
}

function NumberField({ id, label, value, onChange, min, max }: { id: string; label: string; value: number; onChange: (n: number) => void; min: number; max: number }) {
  return (
    <div className="grid gap-1">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} type="number" min={min} max={max} value={value} onChange={(e) => onChange(Number(e.target.value) || 0)} data-testid={id} />
    </div>
  );
}

/**
 * Step 2: chunk settings with a live preview of the chunks (Dify's indexing estimate, which writes
 * nothing), the index method with its embedding model, and the retrieval setting.
 */
export function ChunkStep({
  fileIds,
  datasetId,
  chunk,
  onChunk,
  index,
  onIndex,
  fixedTechnique,
  fixedForm,
}: {
  fileIds: string[];
  datasetId?: string;
  chunk: ChunkSettings;
  onChunk: (next: ChunkSettings) => void;
  index: IndexSettings;
  onIndex: (next: IndexSettings) => void;
  /** An existing dataset's technique and form, which its new documents must keep. */
  fixedTechnique?: string | null;
  fixedForm?: string | null;
}) {
  const t = useTranslations();
  const w = useTranslations('datasets.wizard');
  const trpc = useTRPC();
  const estimate = useMutation(trpc.datasets.indexingEstimate.mutationOptions());
  const embeddings = useQuery({ ...trpc.modelProviders.models.listByType.queryOptions({ model_type: 'text-embedding' }), enabled: !fixedTechnique });
  const technique = (fixedTechnique as IndexSettings['technique'] | null) ?? index.technique;
  const modes: { mode: ChunkMode; label: string; hint: string }[] = [
    { mode: 'automatic', label: w('automatic'), hint: w('automaticHint') },
    { mode: 'custom', label: w('custom'), hint: w('customHint') },
    { mode: 'hierarchical', label: w('parentChild'), hint: w('parentChildHint') },
    { mode: 'qa', label: w('qa'), hint: w('qaHint') },
  ];
  const formOf: Record<ChunkMode, string> = { automatic: 'text_model', custom: 'text_model', hierarchical: 'hierarchical_model', qa: 'qa_model' };
  const available = fixedForm ? modes.filter((m) => formOf[m.mode] === fixedForm) : modes;
  const set = (change: Partial<ChunkSettings>) => onChunk({ ...chunk, ...change });

  const preview = () =>
    estimate.mutate({
      info_list: { data_source_type: 'upload_file', file_info_list: { file_ids: fileIds.slice(0, 1) } },
      process_rule: processRuleOf(chunk),
      indexing_technique: technique,
      doc_form: docFormOf(chunk),
      doc_language: chunk.language,
      ...(datasetId ? { dataset_id: datasetId } : {}),
    });

  return (
    <div className="grid gap-6 lg:grid-cols-2 *:min-w-0">
      <div className="grid content-start gap-5">
        <section className="grid gap-3" aria-labelledby="chunk-mode-title">
          <h2 id="chunk-mode-title" className="font-medium">
            {w('chunkMode')}
          </h2>
          <div role="radiogroup" aria-labelledby="chunk-mode-title" className="grid gap-2 sm:grid-cols-2">
            {available.map(({ mode, label, hint }) => (
              <button
                key={mode}
                type="button"
                role="radio"
                aria-checked={chunk.mode === mode}
                onClick={() => set({ mode })}
                data-testid={`chunk-mode-${mode}`}
                className={cn('grid gap-0.5 rounded-lg border px-3 py-2 text-left', chunk.mode === mode ? 'border-primary bg-primary/5' : 'hover:bg-accent')}
              >
                <span className="text-sm font-medium">{label}</span>
                <span className="text-xs text-muted-foreground">{hint}</span>
              </button>
            ))}
          </div>
          {chunk.mode !== 'automatic' ? (
            <div className="grid gap-3 rounded-lg border p-3">
              <div className="grid gap-3 sm:grid-cols-3">
                <div className="grid gap-1">
                  <Label htmlFor="chunk-separator">{w('separator')}</Label>
                  <Input id="chunk-separator" value={chunk.separator} onChange={(e) => set({ separator: e.target.value })} data-testid="chunk-separator" />
                  <p className="text-xs text-muted-foreground">{w('separatorHint')}</p>
                </div>
                <NumberField id="chunk-max-tokens" label={w('maxTokens')} value={chunk.maxTokens} onChange={(maxTokens) => set({ maxTokens })} min={50} max={4000} />
                <NumberField id="chunk-overlap" label={w('overlap')} value={chunk.overlap} onChange={(overlap) => set({ overlap })} min={0} max={chunk.maxTokens} />
              </div>
              {chunk.mode === 'qa' ? (
                <div className="grid gap-1 sm:w-56">
                  <Label htmlFor="qa-language">{w('qaLanguage')}</Label>
                  <Select value={chunk.language} onValueChange={(language) => set({ language })}>
                    <SelectTrigger id="qa-language" data-testid="qa-language">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {QA_LANGUAGES.map((language) => (
                        <SelectItem key={language} value={language}>
                          {language}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                </div>
              ) : null}
              {chunk.mode === 'hierarchical' ? (
                <div className="grid gap-3 sm:grid-cols-3">
                  <div className="grid gap-1">
                    <Label htmlFor="chunk-parent-mode">{w('parentMode')}</Label>
                    <Select value={chunk.parentMode} onValueChange={(parentMode) => set({ parentMode: parentMode as ChunkSettings['parentMode'] })}>
                      <SelectTrigger id="chunk-parent-mode">
                        <SelectValue />
                      </SelectTrigger>
                      <SelectContent>
                        <SelectItem value="paragraph">{w('paragraph')}</SelectItem>
                        <SelectItem value="full-doc">{w('fullDoc')}</SelectItem>
                      </SelectContent>
                    </Select>
                  </div>
                  <div className="grid gap-1">
                    <Label htmlFor="chunk-child-separator">{w('childSeparator')}</Label>
                    <Input id="chunk-child-separator" value={chunk.childSeparator} onChange={(e) => set({ childSeparator: e.target.value })} />
                  </div>
                  <NumberField id="chunk-child-max" label={w('childMaxTokens')} value={chunk.childMaxTokens} onChange={(childMaxTokens) => set({ childMaxTokens })} min={50} max={4000} />
                </div>
              ) : null}
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={chunk.removeSpaces} onChange={(e) => set({ removeSpaces: e.target.checked })} />
                {w('removeSpaces')}
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={chunk.removeUrls} onChange={(e) => set({ removeUrls: e.target.checked })} />
                {w('removeUrls')}
              </label>
            </div>
          ) : null}
        </section>

        {!fixedTechnique ? (
          <section className="grid gap-3" aria-labelledby="index-title">
            <h2 id="index-title" className="font-medium">
              {w('indexing')}
            </h2>
            <div role="radiogroup" aria-labelledby="index-title" className="grid gap-2 sm:grid-cols-2">
              {(['high_quality', 'economy'] as const).map((value) => (
                <button
                  key={value}
                  type="button"
                  role="radio"
                  aria-checked={index.technique === value}
                  onClick={() => onIndex({ ...index, technique: value, retrieval: { ...index.retrieval, search_method: value === 'economy' ? 'keyword_search' : 'semantic_search' } })}
                  data-testid={`technique-${value}`}
                  className={cn('grid gap-0.5 rounded-lg border px-3 py-2 text-left', index.technique === value ? 'border-primary bg-primary/5' : 'hover:bg-accent')}
                >
                  <span className="text-sm font-medium">{t(`datasets.technique.${value}`)}</span>
                  <span className="text-xs text-muted-foreground">{value === 'high_quality' ? w('highQualityHint') : w('economyHint')}</span>
                </button>
              ))}
            </div>
            {index.technique === 'high_quality' ? (
              <div className="grid gap-1">
                <Label htmlFor="embedding-model">{w('embeddingModel')}</Label>
                <Select value={index.embedding || 'default'} onValueChange={(value) => onIndex({ ...index, embedding: value === 'default' ? '' : value })}>
                  <SelectTrigger id="embedding-model" data-testid="embedding-model">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value="default">{w('defaultModel')}</SelectItem>
                    {(embeddings.data?.data ?? []).flatMap((provider) =>
                      provider.models.map((model) => (
                        <SelectItem key={`${provider.provider}::${model.model}`} value={`${provider.provider}::${model.model}`}>
                          {model.model}
                        </SelectItem>
                      )),
                    )}
                  </SelectContent>
                </Select>
              </div>
            ) : null}
            <h3 className="text-sm font-medium">{w('retrieval')}</h3>
            <RetrievalSettingsForm idPrefix="wizard-retrieval" economy={index.technique === 'economy'} value={index.retrieval} onChange={(retrieval) => onIndex({ ...index, retrieval })} />
          </section>
        ) : null}
      </div>

      <section className="grid content-start gap-3 rounded-xl border bg-muted/30 p-4" aria-labelledby="preview-title" data-testid="chunk-preview">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="preview-title" className="font-medium">
            {w('previewTitle')}
          </h2>
          <Button variant="outline" size="sm" onClick={preview} disabled={estimate.isPending || fileIds.length === 0} data-testid="preview-chunks">
            <EyeIcon />
            {estimate.isPending ? w('previewing') : w('preview')}
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">{w('previewHint')}</p>
        <FormError>{estimate.error ? errorMessage(t, estimate.error) : ''}</FormError>
        {estimate.data ? (
          <div className="grid gap-2" aria-live="polite">
            <p className="text-sm font-medium" data-testid="preview-count">
              {w('previewCount', { n: estimate.data.total_segments })}
            </p>
            <ol className="grid gap-2">
              {estimate.data.preview.map((item, i) => (
                <li key={i} className="rounded-lg border bg-card p-3 text-sm" data-testid="preview-chunk">
                  <p className="mb-1 text-xs font-medium text-muted-foreground">{w('chunk', { n: i + 1 })}</p>
                  <p className="whitespace-pre-wrap break-words">{item.content}</p>
                  {item.child_chunks?.length ? (
                    <ul className="mt-2 grid gap-1 border-l-2 pl-2" aria-label={w('children')}>
                      {item.child_chunks.map((child, j) => (
                        <li key={j} className="text-xs text-muted-foreground">
                          {child}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
              {estimate.data.qa_preview.map((item, i) => (
                <li key={`qa-${i}`} className="rounded-lg border bg-card p-3 text-sm" data-testid="preview-chunk">
                  <p className="font-medium">Q: {item.question}</p>
                  <p className="mt-1 text-muted-foreground">A: {item.answer}</p>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </section>
    </div>
  );
}
