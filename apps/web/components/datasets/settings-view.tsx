'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TagIcon } from 'lucide-react';
import { useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { useCurrentWorkspace } from '@/lib/use-workspace';
import { cn } from '@/lib/utils';
import { type DatasetDetail, useDataset } from './dataset-shell';
import { KnowledgeTagsDialog } from './knowledge-tags-dialog';
import { MetadataFields } from './metadata-fields';
import { canEditDatasets } from './permissions';
import { type RetrievalSettings, RetrievalSettingsForm, retrievalFrom } from './retrieval-settings';

type Permission = 'only_me' | 'all_team_members' | 'partial_members';

function SettingsForm({ dataset, canEdit }: { dataset: DatasetDetail; canEdit: boolean }) {
  const t = useTranslations();
  const s = useTranslations('datasets.settings');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery({ ...trpc.workspaces.members.list.queryOptions(), enabled: canEdit });
  const embeddings = useQuery(trpc.modelProviders.models.listByType.queryOptions({ model_type: 'text-embedding' }));
  const [name, setName] = useState(dataset.name);
  const [description, setDescription] = useState(dataset.description ?? '');
  const [permission, setPermission] = useState<Permission>(dataset.permission as Permission);
  const [chosen, setChosen] = useState<Set<string>>(new Set((dataset.partial_member_list as string[] | undefined) ?? []));
  const [technique, setTechnique] = useState<'high_quality' | 'economy'>((dataset.indexing_technique as 'high_quality' | 'economy' | null) ?? 'high_quality');
  const [embedding, setEmbedding] = useState(dataset.embedding_model ? `${dataset.embedding_model_provider}::${dataset.embedding_model}` : '');
  const [retrieval, setRetrieval] = useState<RetrievalSettings>(retrievalFrom(dataset.retrieval_model_dict, dataset.indexing_technique === 'economy'));
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.datasets.update.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.datasets.get.pathKey() });
      },
    }),
  );
  const save = () => {
    setSaved(false);
    const [provider, model] = embedding ? embedding.split('::') : [undefined, undefined];
    update.mutate({
      dataset_id: dataset.id,
      name: name.trim(),
      description,
      permission,
      indexing_technique: technique,
      ...(technique === 'high_quality' && provider && model ? { embedding_model_provider: provider, embedding_model: model } : {}),
      retrieval_model: { ...retrieval, search_method: technique === 'economy' ? 'keyword_search' : retrieval.search_method },
      ...(permission === 'partial_members' ? { partial_member_list: [...chosen].map((user_id) => ({ user_id })) } : {}),
    });
  };
  const permissions: Permission[] = ['only_me', 'all_team_members', 'partial_members'];
  return (
    <section className="grid gap-4 rounded-xl border p-4" aria-labelledby="settings-title">
      <h2 id="settings-title" className="font-medium">
        {s('title')}
      </h2>
      <div className="grid gap-1">
        <Label htmlFor="dataset-name">{s('name')}</Label>
        <Input id="dataset-name" maxLength={40} disabled={!canEdit} value={name} onChange={(e) => setName(e.target.value)} data-testid="settings-name" />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="dataset-description">{s('description')}</Label>
        <Textarea id="dataset-description" maxLength={400} rows={3} disabled={!canEdit} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="dataset-permission">{s('permission')}</Label>
        <Select value={permission} onValueChange={(value) => setPermission(value as Permission)} disabled={!canEdit}>
          <SelectTrigger id="dataset-permission" data-testid="settings-permission">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {permissions.map((value) => (
              <SelectItem key={value} value={value}>
                {s(value)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {permission === 'partial_members' ? (
          <fieldset className="mt-2 grid gap-1 rounded-md border p-2">
            <legend className="px-1 text-xs text-muted-foreground">{s('members')}</legend>
            {(members.data?.accounts ?? []).map((member) => (
              <label key={member.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={chosen.has(member.id)}
                  onChange={(e) =>
                    setChosen((current) => {
                      const next = new Set(current);
                      if (e.target.checked) next.add(member.id);
                      else next.delete(member.id);
                      return next;
                    })
                  }
                />
                {member.name} <span className="text-muted-foreground">{member.email}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      <div className="grid gap-2">
        <span className="text-sm font-medium" id="settings-technique">
          {s('indexing')}
        </span>
        <div role="radiogroup" aria-labelledby="settings-technique" className="grid gap-2 sm:grid-cols-2">
          {(['high_quality', 'economy'] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={technique === value}
              disabled={!canEdit}
              onClick={() => setTechnique(value)}
              className={cn('rounded-lg border px-3 py-2 text-left text-sm', technique === value ? 'border-primary bg-primary/5 text-primary' : 'hover:bg-accent')}
            >
              {t(`datasets.technique.${value}`)}
            </button>
          ))}
        </div>
      </div>
      {technique === 'high_quality' ? (
        <div className="grid gap-1">
          <Label htmlFor="settings-embedding">{s('embeddingModel')}</Label>
          <Select value={embedding || 'default'} onValueChange={(value) => setEmbedding(value === 'default' ? '' : value)} disabled={!canEdit}>
            <SelectTrigger id="settings-embedding">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="default">{t('datasets.wizard.defaultModel')}</SelectItem>
              {(embeddings.data?.data ?? []).flatMap((provider) =>
                provider.models.map((model) => (
                  <SelectItem key={`${provider.provider}::${model.model}`} value={`${provider.provider}::${model.model}`}>
                    {model.model}
                  </SelectItem>
                )),
              )}
              {embedding && !(embeddings.data?.data ?? []).some((p) => p.models.some((m) => `${p.provider}::${m.model}` === embedding)) ? (
                <SelectItem value={embedding}>{embedding.split('::')[1]}</SelectItem>
              ) : null}
            </SelectContent>
          </Select>
        </div>
      ) : null}
      <div className="grid gap-2">
        <span className="text-sm font-medium">{s('retrieval')}</span>
        <RetrievalSettingsForm idPrefix="settings-retrieval" economy={technique === 'economy'} value={retrieval} onChange={setRetrieval} />
      </div>
      <FormError>{update.error ? errorMessage(t, update.error) : ''}</FormError>
      {saved ? (
        <p role="status" className="text-sm text-emerald-700" data-testid="settings-saved">
          {s('saved')}
        </p>
      ) : null}
      {canEdit ? (
        <div>
          <Button onClick={save} disabled={update.isPending || !name.trim()} data-testid="settings-save">
            {update.isPending ? t('common.saving') : t('common.save')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

export function SettingsView() {
  const t = useTranslations();
  const dataset = useDataset();
  const workspace = useCurrentWorkspace();
  const canEdit = canEditDatasets(workspace.data?.role);
  const [tagsOpen, setTagsOpen] = useState(false);
  if (!dataset.data) return null;
  return (
    <div className="grid gap-4 lg:grid-cols-2 *:min-w-0">
      <SettingsForm key={dataset.data.id} dataset={dataset.data} canEdit={canEdit} />
      <div className="grid content-start gap-4">
        <MetadataFields datasetId={dataset.data.id} canEdit={canEdit} />
        <section className="grid gap-3 rounded-xl border p-4" aria-labelledby="tags-title">
          <div>
            <h2 id="tags-title" className="font-medium">
              {t('datasets.settings.tags')}
            </h2>
            <p className="text-sm text-muted-foreground">{t('datasets.settings.tagsHint')}</p>
          </div>
          <div className="flex flex-wrap gap-1">
            {dataset.data.tags.map((tag) => (
              <Badge key={tag.id} variant="outline" className="font-normal">
                <TagIcon className="size-3" />
                {tag.name}
              </Badge>
            ))}
          </div>
          {canEdit ? (
            <div>
              <Button variant="outline" onClick={() => setTagsOpen(true)} data-testid="edit-knowledge-tags">
                <TagIcon />
                {t('studio.tags.title')}
              </Button>
            </div>
          ) : null}
        </section>
      </div>
      <KnowledgeTagsDialog dataset={tagsOpen ? dataset.data : null} onOpenChange={setTagsOpen} />
    </div>
  );
}
