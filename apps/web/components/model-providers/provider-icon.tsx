'use client';

import { useState } from 'react';
import { cn } from '@/lib/utils';
import { brandLogo } from './brand-logos';
import { useLocalText } from './local-text';
import { type I18nText } from './provider-types';

interface Props {
  provider: { provider: string; label: I18nText; icon_small?: I18nText | null };
  size?: 'sm' | 'md';
}

/** The provider's brand logo when we ship one, else the icon the API serves, else the label's initial. */
export function ProviderIcon({ provider, size = 'md' }: Props) {
  const text = useLocalText();
  const [failed, setFailed] = useState(false);
  const brand = brandLogo(provider.provider);
  const src = brand ?? text(provider.icon_small);
  const box = size === 'sm' ? 'size-6 rounded-md text-xs' : 'size-10 rounded-lg text-base';
  if (!src || failed) {
    return (
      <span className={cn('inline-flex shrink-0 items-center justify-center bg-primary/10 font-semibold text-primary', box)} aria-hidden="true">
        {Array.from(text(provider.label) || provider.provider)[0]?.toUpperCase()}
      </span>
    );
  }
  return (
    <img
      src={src}
      alt=""
      // Brand marks are drawn for a light tile, in either theme.
      className={cn('shrink-0 border object-contain', brand ? 'bg-white' : 'bg-card', brand && (size === 'sm' ? 'p-0.5' : 'p-1.5'), box)}
      onError={() => setFailed(true)}
      data-testid="provider-icon"
      data-brand={brand ? 'true' : undefined}
    />
  );
}
