'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ArrowLeftIcon } from 'lucide-react';
import Link from 'next/link';
import { useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { cn } from '@/lib/utils';
import { ChunkStep, type IndexSettings } from './chunk-step';
import { ProcessStep } from './process-step';
import { DEFAULT_CHUNK_SETTINGS, docFormOf, processRuleOf, type ChunkSettings } from './process-rule';
import { DEFAULT_RETRIEVAL } from './retrieval-settings';
import { EMPTY_SOURCE, SourceStep, sourceReady, type SourceState } from './source-step';
import { uploadDatasetFile } from './upload-file';

/**
 * Dify's three steps: choose the source, set chunking with a preview, then watch processing. With
 * `datasetId` the documents join that knowledge base, keeping its technique and chunk form.
 */
export function CreateWizard({ datasetId }: { datasetId?: string }) {
  const t = useTranslations();
  const w = useTranslations('datasets.wizard');
  const trpc = useTRPC();
  const dataset = useQuery({ ...trpc.datasets.get.queryOptions({ dataset_id: datasetId ?? '' }), enabled: Boolean(datasetId) });
  const [step, setStep] = useState(1);
  const [source, setSource] = useState<SourceState>(EMPTY_SOURCE);
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [chunk, setChunk] = useState<ChunkSettings>(DEFAULT_CHUNK_SETTINGS);
  const [index, setIndex] = useState<IndexSettings>({ technique: 'high_quality', embedding: '', retrieval: DEFAULT_RETRIEVAL });
  const [result, setResult] = useState<{ datasetId: string; batch: string; names: Record<string, string> } | null>(null);
  const [textError, setTextError] = useState<unknown>(null);
  const [preparing, setPreparing] = useState(false);
  const onCreated = (answer: { dataset: { id: string }; batch: string; documents: { id: string; name: string }[] }) => {
    setResult({ datasetId: answer.dataset.id, batch: answer.batch, names: Object.fromEntries(answer.documents.map((d) => [d.id, d.name])) });
    setStep(3);
  };
  const init = useMutation(trpc.datasets.init.mutationOptions({ onSuccess: onCreated }));
  const add = useMutation(trpc.datasets.createDocuments.mutationOptions({ onSuccess: onCreated }));
  const saving = init.isPending || add.isPending;
  const fixedTechnique = dataset.data?.indexing_technique ?? null;
  const fixedForm = (dataset.data?.doc_form as string | null | undefined) ?? null;

  async function next() {
    setTextError(null);
    if (source.kind === 'upload') {
      setFileIds(source.files.flatMap((f) => (f.uploaded ? [f.uploaded.id] : [])));
      setStep(2);
      return;
    }
    setPreparing(true);
    try {
      const name = source.textName.trim().replace(/\.txt$/i, '');
      const file = new File([source.text], `${name}.txt`, { type: 'text/plain' });
      const uploaded = await uploadDatasetFile(file, () => undefined);
      setFileIds([uploaded.id]);
      setStep(2);
    } catch (error) {
      setTextError(error);
    } finally {
      setPreparing(false);
    }
  }

  function save() {
    const [provider, model] = index.embedding ? index.embedding.split('::') : [undefined, undefined];
    const technique = (fixedTechnique as IndexSettings['technique'] | null) ?? index.technique;
    const body = {
      data_source: { type: 'upload_file', info_list: { data_source_type: 'upload_file', file_info_list: { file_ids: fileIds } } },
      indexing_technique: technique,
      doc_form: docFormOf(chunk),
      doc_language: chunk.language,
      process_rule: processRuleOf(chunk),
      ...(fixedTechnique ? {} : { retrieval_model: { ...index.retrieval } }),
      ...(provider && model && !fixedTechnique ? { embedding_model_provider: provider, embedding_model: model } : {}),
    };
    if (datasetId) add.mutate({ dataset_id: datasetId, ...body });
    else init.mutate(body);
  }

  const steps = [w('steps.source'), w('steps.chunk'), w('steps.process')];
  const back = datasetId ? `/datasets/${datasetId}/documents` : '/datasets';
  return (
    <div className="grid grid-cols-1 gap-6 *:min-w-0">
      <div className="flex items-center gap-3">
        <Link href={back} aria-label={t('datasets.back')} className="rounded-md p-1 text-muted-foreground hover:bg-accent">
          <ArrowLeftIcon className="size-4" />
        </Link>
        {datasetId ? (
          <h2 className="text-lg font-semibold" data-testid="page-title">
            {w('addTitle')}
          </h2>
        ) : (
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="page-title">
            {w('title')}
          </h1>
        )}
      </div>
      <ol className="flex flex-wrap gap-2" aria-label={w('title')}>
        {steps.map((name, i) => (
          <li
            key={name}
            aria-current={step === i + 1 ? 'step' : undefined}
            className={cn('rounded-full border px-3 py-1 text-xs', step === i + 1 ? 'border-primary bg-primary/5 font-medium text-primary' : 'text-muted-foreground')}
          >
            {w('stepLabel', { n: i + 1, name })}
          </li>
        ))}
      </ol>

      {step === 1 ? (
        <>
          <SourceStep value={source} onChange={setSource} datasetId={datasetId} />
          <FormError>{textError ? errorMessage(t, textError) : ''}</FormError>
          <div>
            <Button onClick={() => void next()} disabled={!sourceReady(source) || preparing} data-testid="wizard-next">
              {w('next')}
            </Button>
          </div>
        </>
      ) : null}

      {step === 2 ? (
        <>
          <ChunkStep
            fileIds={fileIds}
            datasetId={datasetId}
            chunk={chunk}
            onChunk={setChunk}
            index={index}
            onIndex={setIndex}
            fixedTechnique={fixedTechnique}
            fixedForm={fixedForm}
          />
          <FormError>{init.error || add.error ? errorMessage(t, init.error ?? add.error) : ''}</FormError>
          <div className="flex gap-2">
            <Button variant="outline" onClick={() => setStep(1)} disabled={saving}>
              {w('previous')}
            </Button>
            <Button onClick={save} disabled={saving || fileIds.length === 0} data-testid="save-and-process">
              {saving ? t('common.saving') : w('saveAndProcess')}
            </Button>
          </div>
        </>
      ) : null}

      {step === 3 && result ? <ProcessStep datasetId={result.datasetId} batch={result.batch} names={result.names} /> : null}
    </div>
  );
}
