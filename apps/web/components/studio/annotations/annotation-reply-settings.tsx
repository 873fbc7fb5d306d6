'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';

const SEPARATOR = '\u0000';

/**
 * Annotation reply: answers from a matching annotation before any model call. Turning it on embeds
 * every annotation with the chosen model, a job whose status is polled until it finishes.
 */
export function AnnotationReplySettings({ appId }: { appId: string }) {
  const t = useTranslations();
  const s = useTranslations('studio.annotations');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setting = useQuery(trpc.annotations.setting.queryOptions({ app_id: appId }));
  const embeddings = useQuery(trpc.modelProviders.models.listByType.queryOptions({ model_type: 'text-embedding' }));
  const current = setting.data;
  const [threshold, setThreshold] = useState(0.9);
  const [model, setModel] = useState('');
  useEffect(() => {
    if (current?.enabled) {
      setThreshold(current.score_threshold);
      if ('embedding_model_name' in current.embedding_model) {
        setModel(`${current.embedding_model.embedding_provider_name}${SEPARATOR}${current.embedding_model.embedding_model_name}`);
      }
    }
  }, [current]);
  const [job, setJob] = useState<{ id: string; action: 'enable' | 'disable' } | null>(null);
  const status = useQuery({
    ...trpc.annotations.replyStatus.queryOptions({ app_id: appId, action: job?.action ?? 'enable', job_id: job?.id ?? '' }),
    enabled: Boolean(job),
    refetchInterval: (query) => (query.state.data?.job_status === 'completed' || query.state.data?.job_status === 'error' ? false : 500),
  });
  useEffect(() => {
    if (status.data?.job_status === 'completed') {
      setJob(null);
      void queryClient.invalidateQueries({ queryKey: trpc.annotations.setting.queryKey({ app_id: appId }) });
    }
  }, [status.data, queryClient, trpc, appId]);
  const action = useMutation(trpc.annotations.replyAction.mutationOptions({ onSuccess: (started, input) => setJob({ id: started.job_id, action: input.action }) }));

  const run = (kind: 'enable' | 'disable') => {
    const [provider = '', name = ''] = model.split(SEPARATOR);
    action.mutate({ app_id: appId, action: kind, score_threshold: threshold, embedding_provider_name: provider, embedding_model_name: name });
  };
  const enabled = Boolean(current?.enabled);
  const busy = action.isPending || Boolean(job);
  return (
    <div className="grid gap-3" data-testid="annotation-reply-settings">
      <div className="flex items-center justify-between gap-2">
        <div>
          <p className="text-sm font-medium">{s('reply')}</p>
          <p className="text-xs text-muted-foreground">{s('replyHint')}</p>
        </div>
        <Switch
          checked={enabled}
          disabled={busy || (!enabled && !model)}
          aria-label={s('reply')}
          onCheckedChange={(on) => run(on ? 'enable' : 'disable')}
          data-testid="annotation-reply-switch"
        />
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="grid gap-1 text-xs text-muted-foreground">
          {s('threshold')}
          <Input type="number" min={0.5} max={1} step={0.01} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} data-testid="annotation-threshold" />
        </label>
        <div className="grid gap-1 text-xs text-muted-foreground">
          <span id="annotation-embedding-label">{s('embeddingModel')}</span>
          <Select value={model || undefined} onValueChange={setModel}>
            <SelectTrigger aria-labelledby="annotation-embedding-label" data-testid="annotation-embedding-model">
              <SelectValue placeholder={t('studio.model.choose')} />
            </SelectTrigger>
            <SelectContent>
              {(embeddings.data?.data ?? []).flatMap((provider) =>
                provider.models.map((m) => (
                  <SelectItem key={`${provider.provider}/${m.model}`} value={`${provider.provider}${SEPARATOR}${m.model}`} data-testid="annotation-embedding-option">
                    {m.model}
                  </SelectItem>
                )),
              )}
            </SelectContent>
          </Select>
        </div>
      </div>
      {enabled ? (
        <Button variant="outline" size="sm" className="justify-self-start" disabled={busy || !model} onClick={() => run('enable')}>
          {s('applySettings')}
        </Button>
      ) : null}
      {busy ? <p role="status" className="text-xs text-muted-foreground">{s('jobRunning')}</p> : null}
      <FormError>{action.error ? errorMessage(t, action.error) : status.data?.job_status === 'error' ? status.data.error_msg : ''}</FormError>
    </div>
  );
}
