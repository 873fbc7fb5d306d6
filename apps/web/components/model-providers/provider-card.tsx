'use client';

import { useTranslations } from 'next-intl';
import { ChevronDownIcon, KeyRoundIcon, PlusIcon, Settings2Icon } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { labelFor } from '@/lib/i18n/label-for';
import { cn } from '@/lib/utils';
import { useLocalText } from './local-text';
import { ProviderIcon } from './provider-icon';
import { ProviderModels } from './provider-models';
import { type ProviderResponse } from './provider-types';
import { hasProviderCredentials, isConfigured, isCustomizable } from './provider-state';

export type ProviderAction = 'set-up' | 'add-credential' | 'manage' | 'add-model';

interface Props {
  provider: ProviderResponse;
  canManage: boolean;
  onAction: (action: ProviderAction, provider: ProviderResponse) => void;
  /** `tile`: a compact card for the grid of providers still to set up. */
  layout?: 'row' | 'tile';
}

export function ProviderCard({ provider, canManage, onAction, layout = 'row' }: Props) {
  const tile = layout === 'tile';
  const t = useTranslations();
  const text = useLocalText();
  const [expanded, setExpanded] = useState(false);
  const configured = isConfigured(provider);
  const config = provider.custom_configuration;
  const withCredentials = hasProviderCredentials(provider);
  const hasSaved = (config.available_credentials?.length ?? 0) > 0;

  return (
    <article
      className={cn('rounded-xl border bg-card shadow-xs', tile && 'flex flex-col')}
      data-testid="provider-card"
      data-provider={provider.provider}
      data-layout={layout}
    >
      <div className={cn('flex flex-col gap-4 p-4', tile ? 'flex-1' : 'sm:flex-row sm:items-start')}>
        <ProviderIcon provider={provider} />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold" data-testid="provider-label">
              {text(provider.label)}
            </h3>
            <Badge variant={configured ? 'success' : 'secondary'} data-testid="provider-status">
              {configured ? t('modelProviders.active') : t('modelProviders.notConfigured')}
            </Badge>
            {config.current_credential_name ? (
              <span className="inline-flex items-center gap-1 text-xs text-muted-foreground" data-testid="provider-credential">
                <KeyRoundIcon className="size-3" />
                {t('modelProviders.credentialInUse', { name: config.current_credential_name })}
              </span>
            ) : null}
          </div>
          {provider.description ? <p className={cn('mt-1 text-sm text-muted-foreground', tile && 'line-clamp-3')}>{text(provider.description)}</p> : null}
          <div className="mt-2 flex flex-wrap gap-1">
            {provider.supported_model_types.map((type) => (
              <Badge key={type} variant="outline" className="font-normal" data-testid="provider-model-type">
                {labelFor(t, `modelTypes.${type}`, type)}
              </Badge>
            ))}
          </div>
        </div>
        {canManage ? (
          <div className={cn('flex shrink-0 flex-wrap gap-2', tile && 'mt-auto')}>
            {withCredentials && !hasSaved ? (
              <Button size="sm" onClick={() => onAction('set-up', provider)} data-testid="provider-setup">
                <Settings2Icon />
                {t('modelProviders.setUp')}
              </Button>
            ) : null}
            {withCredentials && hasSaved ? (
              <>
                <Button size="sm" variant="outline" onClick={() => onAction('add-credential', provider)} data-testid="provider-add-credential">
                  <PlusIcon />
                  {t('modelProviders.addCredential')}
                </Button>
                <Button size="sm" variant="outline" onClick={() => onAction('manage', provider)} data-testid="provider-manage">
                  <KeyRoundIcon />
                  {t('modelProviders.manage')}
                </Button>
              </>
            ) : null}
            {isCustomizable(provider) ? (
              <Button size="sm" variant={withCredentials ? 'outline' : 'default'} onClick={() => onAction('add-model', provider)} data-testid="provider-add-model">
                <PlusIcon />
                {t('modelProviders.addModel')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="border-t">
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          data-testid="provider-models-toggle"
          className="flex w-full cursor-pointer items-center gap-1 px-4 py-2 text-xs font-medium text-muted-foreground hover:text-foreground"
        >
          <ChevronDownIcon className={cn('size-4 transition-transform', !expanded && '-rotate-90')} />
          {expanded ? t('modelProviders.hideModels') : t('modelProviders.showModels')}
        </button>
        {expanded ? (
          <div className="border-t">
            <ProviderModels provider={provider.provider} canManage={canManage} customizable={isCustomizable(provider)} />
          </div>
        ) : null}
      </div>
    </article>
  );
}
