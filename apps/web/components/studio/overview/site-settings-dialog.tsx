'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { IconPicker } from '@/components/apps/icon-picker';
import { FormActions } from '@/components/form-actions';
import { FormError } from '@/components/ui/alert';
import { Dialog, DialogContent, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { type StudioApp } from '../shell/use-app';
import { AccessControl, type AccessMode } from './access-control';

type Site = NonNullable<StudioApp['site']>;
const LANGUAGES = [
  { value: 'en-US', label: 'English' },
  { value: 'zh-Hans', label: '简体中文' },
  { value: 'zh-Hant', label: '繁體中文' },
  { value: 'ja-JP', label: '日本語' },
  { value: 'fr-FR', label: 'Français' },
  { value: 'de-DE', label: 'Deutsch' },
  { value: 'es-ES', label: 'Español' },
];

/** The web app's title, look, texts, language and who may open it. */
export function SiteSettingsDialog({ app, site, open, onOpenChange }: { app: StudioApp; site: Site; open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t('common.close')} className="max-w-xl" data-testid="site-settings-dialog">
        <DialogHeader>
          <DialogTitle>{t('studio.site.title')}</DialogTitle>
        </DialogHeader>
        {open ? <SiteForm app={app} site={site} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function SiteForm({ app, site, onDone }: { app: StudioApp; site: Site; onDone: () => void }) {
  const t = useTranslations();
  const s = useTranslations('studio.site');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    title: site.title,
    description: site.description ?? '',
    chat_color_theme: site.chat_color_theme || '#1C64F2',
    copyright: site.copyright ?? '',
    privacy_policy: site.privacy_policy ?? '',
    default_language: site.default_language,
    icon: site.icon_type === 'emoji' && site.icon ? site.icon : app.icon,
    icon_background: site.icon_background ?? app.icon_background,
  });
  const set = (change: Partial<typeof values>) => setValues((v) => ({ ...v, ...change }));
  const access = useQuery(trpc.enterprise.accessMode.queryOptions({ appId: app.id }));
  const subjects = useQuery(trpc.enterprise.accessSubjects.queryOptions({ appId: app.id }));
  const [mode, setMode] = useState<AccessMode>('public');
  const [chosen, setChosen] = useState<string[]>([]);
  useEffect(() => {
    if (access.data) setMode(access.data.accessMode as AccessMode);
  }, [access.data]);
  useEffect(() => {
    if (subjects.data) setChosen(subjects.data.members.map((m) => m.id));
  }, [subjects.data]);
  const updateSite = useMutation(trpc.apps.site.update.mutationOptions());
  const updateAccess = useMutation(trpc.enterprise.setAccessMode.mutationOptions());
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await updateSite.mutateAsync({ app_id: app.id, ...values, icon_type: 'emoji' });
      await updateAccess.mutateAsync({
        appId: app.id,
        accessMode: mode,
        ...(mode === 'private' ? { subjects: chosen.map((subjectId) => ({ subjectId, subjectType: 'account' as const })) } : {}),
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.apps.get.queryKey({ app_id: app.id }) }),
        queryClient.invalidateQueries({ queryKey: trpc.enterprise.pathKey() }),
      ]);
      onDone();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="grid gap-4" onSubmit={submit}>
      <div className="grid gap-2">
        <Label htmlFor="site-title">{s('siteTitle')}</Label>
        <div className="flex items-center gap-3">
          <IconPicker value={{ icon: values.icon, icon_background: values.icon_background }} onChange={(icon) => set(icon)} />
          <Input id="site-title" required maxLength={255} value={values.title} onChange={(e) => set({ title: e.target.value })} data-testid="site-title" />
        </div>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="site-description">{s('description')}</Label>
        <Textarea id="site-description" rows={2} value={values.description} onChange={(e) => set({ description: e.target.value })} data-testid="site-description" />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="grid gap-2">
          <Label htmlFor="site-theme">{s('theme')}</Label>
          <div className="flex items-center gap-2">
            <input id="site-theme" type="color" className="h-9 w-12 cursor-pointer rounded border" value={values.chat_color_theme} onChange={(e) => set({ chat_color_theme: e.target.value })} data-testid="site-theme" />
            <code className="text-xs">{values.chat_color_theme}</code>
          </div>
        </div>
        <div className="grid gap-2">
          <Label id="site-language-label">{s('language')}</Label>
          <Select value={values.default_language} onValueChange={(default_language) => set({ default_language })}>
            <SelectTrigger aria-labelledby="site-language-label" data-testid="site-language">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {LANGUAGES.map((l) => (
                <SelectItem key={l.value} value={l.value}>
                  {l.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="site-copyright">{s('copyright')}</Label>
        <Input id="site-copyright" value={values.copyright} onChange={(e) => set({ copyright: e.target.value })} data-testid="site-copyright" />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="site-privacy">{s('privacy')}</Label>
        <Input id="site-privacy" type="url" placeholder="https://" value={values.privacy_policy} onChange={(e) => set({ privacy_policy: e.target.value })} data-testid="site-privacy" />
      </div>
      <AccessControl mode={mode} onModeChange={setMode} chosen={chosen} onChosenChange={setChosen} />
      <FormError data-testid="site-error">{error ? errorMessage(t, error) : ''}</FormError>
      <FormActions
        onCancel={onDone}
        pending={updateSite.isPending || updateAccess.isPending}
        ready={values.title.trim() !== ''}
        submitLabel={t('common.save')}
        pendingLabel={t('common.saving')}
        submitTestId="site-save"
      />
    </form>
  );
}
