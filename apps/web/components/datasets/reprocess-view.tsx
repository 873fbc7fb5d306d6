'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ArrowLeftIcon } from 'lucide-react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { ChunkStep, type IndexSettings } from './chunk-step';
import { useDataset, useDatasetId } from './dataset-shell';
import { ProcessStep } from './process-step';
import { type ChunkSettings, DEFAULT_CHUNK_SETTINGS, docFormOf, processRuleOf } from './process-rule';
import { DEFAULT_RETRIEVAL } from './retrieval-settings';

interface StoredRule {
  mode: string;
  rules: {
    pre_processing_rules?: { id: string; enabled: boolean }[];
    segmentation?: { separator?: string; delimiter?: string; max_tokens?: number; chunk_overlap?: number };
    parent_mode?: 'paragraph' | 'full-doc';
    subchunk_segmentation?: { separator?: string; max_tokens?: number };
  };
}

/** The document's stored rule back into the wizard's chunk settings. */
function settingsFrom(rule: StoredRule, docForm: string, language: string | null | undefined): ChunkSettings {
  const r = rule.rules ?? {};
  const enabled = (id: string) => r.pre_processing_rules?.find((p) => p.id === id)?.enabled ?? false;
  const mode = docForm === 'qa_model' ? 'qa' : docForm === 'hierarchical_model' ? 'hierarchical' : rule.mode === 'automatic' ? 'automatic' : 'custom';
  return {
    ...DEFAULT_CHUNK_SETTINGS,
    language: language || DEFAULT_CHUNK_SETTINGS.language,
    mode,
    separator: (r.segmentation?.separator ?? r.segmentation?.delimiter ?? DEFAULT_CHUNK_SETTINGS.separator).replace(/\n/g, '\\n'),
    maxTokens: r.segmentation?.max_tokens ?? DEFAULT_CHUNK_SETTINGS.maxTokens,
    overlap: r.segmentation?.chunk_overlap ?? DEFAULT_CHUNK_SETTINGS.overlap,
    removeSpaces: enabled('remove_extra_spaces'),
    removeUrls: enabled('remove_urls_emails'),
    parentMode: r.parent_mode ?? 'paragraph',
    childSeparator: (r.subchunk_segmentation?.separator ?? DEFAULT_CHUNK_SETTINGS.childSeparator).replace(/\n/g, '\\n'),
    childMaxTokens: r.subchunk_segmentation?.max_tokens ?? DEFAULT_CHUNK_SETTINGS.childMaxTokens,
  };
}

/** Re-process one document: its rule in the chunk step with a preview, then its progress. */
export function ReprocessView() {
  const t = useTranslations();
  const trpc = useTRPC();
  const datasetId = useDatasetId();
  const dataset = useDataset();
  const { documentId } = useParams<{ documentId: string }>();
  const doc = useQuery(trpc.datasets.getDocument.queryOptions({ dataset_id: datasetId, document_id: documentId }));
  const rule = useQuery(trpc.datasets.processRule.queryOptions({ document_id: documentId }));
  const detail = doc.data as { name?: string; doc_form?: string; doc_language?: string | null; data_source_info?: { upload_file?: { id: string } } } | undefined;
  const [chunk, setChunk] = useState<ChunkSettings | null>(null);
  const [index, setIndex] = useState<IndexSettings>({ technique: 'economy', embedding: '', retrieval: DEFAULT_RETRIEVAL });
  const [result, setResult] = useState<{ batch: string } | null>(null);
  const save = useMutation(trpc.datasets.createDocuments.mutationOptions({ onSuccess: (answer) => setResult({ batch: answer.batch }) }));
  if (!chunk && rule.data && detail?.doc_form) setChunk(settingsFrom(rule.data as unknown as StoredRule, detail.doc_form, detail.doc_language));
  const fileId = detail?.data_source_info?.upload_file?.id;

  return (
    <div className="grid gap-4">
      <div className="flex min-w-0 items-center gap-2">
        <Link href={`/datasets/${datasetId}/documents/${documentId}`} aria-label={t('datasets.segments.title')} className="rounded-md p-1 text-muted-foreground hover:bg-accent">
          <ArrowLeftIcon className="size-4" />
        </Link>
        <h2 className="min-w-0 flex-1 truncate text-base font-semibold">
          {t('datasets.docs.reprocess')}: {detail?.name ?? ''}
        </h2>
      </div>
      {result ? (
        <ProcessStep datasetId={datasetId} batch={result.batch} names={{ [documentId]: detail?.name ?? documentId }} />
      ) : chunk ? (
        <>
          <ChunkStep
            fileIds={fileId ? [fileId] : []}
            datasetId={datasetId}
            chunk={chunk}
            onChunk={setChunk}
            index={index}
            onIndex={setIndex}
            fixedTechnique={dataset.data?.indexing_technique ?? 'economy'}
            fixedForm={detail?.doc_form ?? null}
          />
          <FormError>{save.error ? errorMessage(t, save.error) : ''}</FormError>
          <div>
            <Button
              onClick={() => save.mutate({ dataset_id: datasetId, original_document_id: documentId, doc_form: docFormOf(chunk), doc_language: chunk.language, process_rule: processRuleOf(chunk) })}
              disabled={save.isPending}
              data-testid="reprocess-save"
            >
              {save.isPending ? t('common.saving') : t('datasets.wizard.saveAndProcess')}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
