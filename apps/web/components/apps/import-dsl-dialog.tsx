'use client';

import { useTranslations } from 'next-intl';
import { useQueryClient } from '@tanstack/react-query';
import { FileUpIcon } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FormError, Notice } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { errorMessage } from '@/lib/errors';
import { ConsoleApiError, consoleFetchRaw } from '@/lib/studio/console-fetch';
import { useTRPC } from '@/lib/trpc';

interface ImportAnswer {
  id: string;
  status: 'completed' | 'completed-with-warnings' | 'pending' | 'failed';
  app_id: string | null;
  imported_dsl_version: string;
  current_dsl_version: string;
  error: string;
}

/** Dify answers a failed import with 400 and the Import body, so that body is read whatever the status; other failures carry the error envelope. */
async function post(path: string, body?: unknown): Promise<ImportAnswer> {
  const response = await consoleFetchRaw(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
  const answer = (await response.json().catch(() => null)) as (ImportAnswer & { code?: string; message?: string }) | null;
  if (answer && 'status' in answer && typeof answer.status === 'string' && 'id' in answer) return answer;
  throw new ConsoleApiError(answer?.code ?? 'unknown', answer?.message ?? response.statusText, response.status);
}

/** Imports a Dify DSL file (or URL) as a new app and opens it; another major version asks for confirmation first. */
export function ImportDslButton() {
  const t = useTranslations();
  const s = useTranslations('studio.importDsl');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [pending, setPending] = useState<ImportAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function finish(answer: ImportAnswer) {
    if (answer.status === 'pending') return setPending(answer);
    if (answer.status === 'failed' || !answer.app_id) return setError(new Error(answer.error || s('failed')));
    await queryClient.invalidateQueries({ queryKey: trpc.apps.list.pathKey() });
    router.push(`/app/${answer.app_id}`);
  }

  async function run(action: () => Promise<ImportAnswer>) {
    setBusy(true);
    setError(null);
    try {
      await finish(await action());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () =>
      file ? post('/apps/imports', { mode: 'yaml-content', yaml_content: await file.text() }) : post('/apps/imports', { mode: 'yaml-url', yaml_url: url.trim() }),
    );
  };

  return (
    <>
      <Button variant="outline" onClick={() => setOpen(true)} data-testid="import-dsl">
        <FileUpIcon />
        {s('open')}
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) {
            setFile(null);
            setUrl('');
            setPending(null);
            setError(null);
          }
        }}
      >
        <DialogContent closeLabel={t('common.close')} data-testid="import-dsl-dialog">
          <DialogHeader>
            <DialogTitle>{s('title')}</DialogTitle>
            <DialogDescription>{s('description')}</DialogDescription>
          </DialogHeader>
          {pending ? (
            <div className="grid gap-3">
              <Notice data-testid="import-dsl-pending">{s('versionMismatch', { theirs: pending.imported_dsl_version, ours: pending.current_dsl_version })}</Notice>
              <Button disabled={busy} onClick={() => void run(() => post(`/apps/imports/${pending.id}/confirm`))} data-testid="import-dsl-confirm">
                {s('confirm')}
              </Button>
            </div>
          ) : (
            <form className="grid gap-3" onSubmit={submit}>
              <div className="grid gap-2">
                <Label htmlFor="dsl-file">{s('file')}</Label>
                <Input id="dsl-file" type="file" accept=".yml,.yaml" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="import-dsl-file" />
              </div>
              <div className="grid gap-2">
                <Label htmlFor="dsl-url">{s('url')}</Label>
                <Input id="dsl-url" type="url" placeholder="https://" disabled={Boolean(file)} value={url} onChange={(e) => setUrl(e.target.value)} data-testid="import-dsl-url" />
              </div>
              <Button type="submit" disabled={busy || (!file && !url.trim())} data-testid="import-dsl-submit">
                {busy ? s('importing') : s('submit')}
              </Button>
            </form>
          )}
          <FormError data-testid="import-dsl-error">{error ? errorMessage(t, error) : ''}</FormError>
        </DialogContent>
      </Dialog>
    </>
  );
}
