'use client';

import { useTranslations } from 'next-intl';
import { CopyButton } from '@/components/copy-button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { embedSnippets } from './web-app-url';

export function EmbedDialog({ open, onOpenChange, origin, code }: { open: boolean; onOpenChange: (open: boolean) => void; origin: string; code: string }) {
  const t = useTranslations();
  const e = useTranslations('studio.overview');
  const snippets = embedSnippets(origin, code);
  const block = (title: string, text: string, testId: string) => (
    <div className="grid gap-1">
      <div className="flex items-center justify-between">
        <p className="text-sm font-medium">{title}</p>
        <CopyButton value={text} />
      </div>
      <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs" tabIndex={0} data-testid={testId}>
        {text}
      </pre>
    </div>
  );
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t('common.close')} className="max-w-2xl" data-testid="embed-dialog">
        <DialogHeader>
          <DialogTitle>{e('embedTitle')}</DialogTitle>
          <DialogDescription>{e('embedHint')}</DialogDescription>
        </DialogHeader>
        {block(e('embedIframe'), snippets.iframe, 'embed-iframe')}
        {block(e('embedScript'), snippets.script, 'embed-script')}
      </DialogContent>
    </Dialog>
  );
}
