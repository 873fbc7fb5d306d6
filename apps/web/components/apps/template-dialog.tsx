'use client';

import { useTranslations } from 'next-intl';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { draftFromSaved, storeDraft } from '@/components/studio/orchestrate/use-config-draft';
import { errorMessage } from '@/lib/errors';
import { useTRPC, useTRPCClient } from '@/lib/trpc';
import { AppIcon } from './app-icon';
import { MODE_ICONS } from './modes';
import { APP_TEMPLATES, type AppTemplate } from './templates';

/** Creates an app from a built-in template and opens its studio on the template's configuration, unpublished. */
export function TemplateDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations();
  const s = useTranslations('studio.templates');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function use(template: AppTemplate) {
    setPending(template.id);
    setError(null);
    try {
      const text = { name: s(`items.${template.id}.name`), description: s(`items.${template.id}.description`) };
      const app = await client.apps.create.mutate({
        name: text.name,
        description: text.description,
        mode: template.mode,
        icon_type: 'emoji',
        icon: template.icon,
        icon_background: template.icon_background,
      });
      const saved = await client.apps.modelConfig.get.query({ app_id: app.id });
      const draft = draftFromSaved(saved);
      storeDraft(app.id, { ...draft, ...template.config } as typeof draft);
      await queryClient.invalidateQueries({ queryKey: trpc.apps.list.pathKey() });
      router.push(`/app/${app.id}/configuration`);
    } catch (caught) {
      setError(caught);
      setPending(null);
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t('common.close')} className="max-w-2xl" data-testid="template-dialog">
        <DialogHeader>
          <DialogTitle>{s('title')}</DialogTitle>
          <DialogDescription>{s('description')}</DialogDescription>
        </DialogHeader>
        <ul className="grid gap-2 sm:grid-cols-2">
          {APP_TEMPLATES.map((template) => {
            const text = { name: s(`items.${template.id}.name`), description: s(`items.${template.id}.description`) };
            const ModeIcon = MODE_ICONS[template.mode];
            return (
              <li key={template.id}>
                <button
                  type="button"
                  disabled={pending !== null}
                  onClick={() => void use(template)}
                  className="flex h-full w-full cursor-pointer items-start gap-3 rounded-lg border bg-card p-3 text-left transition-colors hover:border-primary/50 disabled:opacity-60"
                  data-testid="template-option"
                  data-template={template.id}
                >
                  <AppIcon value={{ icon_type: 'emoji', icon: template.icon, icon_background: template.icon_background }} size="sm" />
                  <span className="grid gap-0.5">
                    <span className="text-sm font-medium">{text.name}</span>
                    <span className="flex items-center gap-1 text-xs text-muted-foreground">
                      {ModeIcon ? <ModeIcon className="size-3" /> : null}
                      {t(`modes.${template.mode}`)}
                    </span>
                    <span className="text-xs text-muted-foreground">{pending === template.id ? t('common.creating') : text.description}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <FormError>{error ? errorMessage(t, error) : ''}</FormError>
      </DialogContent>
    </Dialog>
  );
}
