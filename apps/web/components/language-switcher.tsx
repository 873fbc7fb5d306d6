'use client';

import { useTranslations, useLocale } from 'next-intl';
import { CheckIcon, LanguagesIcon } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/config';
import { useSetLocale } from '@/lib/i18n/use-set-locale';

export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const locale = useLocale();
  const setLocale = useSetLocale();
  const t = useTranslations();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size={compact ? 'icon-sm' : 'sm'} data-testid="language-switcher" aria-label={t('common.language')}>
          <LanguagesIcon />
          {compact ? null : <span>{LOCALE_NAMES[locale]}</span>}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {LOCALES.map((value) => (
          <DropdownMenuItem key={value} data-testid={`language-option-${value}`} onSelect={() => setLocale(value)} lang={value}>
            <span className="flex-1">{LOCALE_NAMES[value]}</span>
            {value === locale ? <CheckIcon className="!text-primary" /> : null}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
