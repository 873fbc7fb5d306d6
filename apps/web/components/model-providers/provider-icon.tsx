'use client';

import { useState } from 'react';
import { cn } from '@/lib/utils';
import { useLocalText } from './local-text';
import { type I18nText } from './provider-types';

interface Props {
  provider: { provider: string; label: I18nText; icon_small?: I18nText | null };
  size?: 'sm' | 'md';
}

/** The icon the API serves, or the label's initial when it cannot be loaded. */
export function ProviderIcon({ provider, size = 'md' }: Props) {
  const text = useLocalText();
  const [failed, setFailed] = useState(false);
  const src = text(provider.icon_small);
  const box = size === 'sm' ? 'size-6 rounded-md text-xs' : 'size-10 rounded-lg text-base';
  if (!src || failed) {
    return (
      <span className={cn('inline-flex shrink-0 items-center justify-center bg-primary/10 font-semibold text-primary', box)} aria-hidden="true">
        {Array.from(text(provider.label) || provider.provider)[0]?.toUpperCase()}
      </span>
    );
  }
  return (
    <img src={src} alt="" className={cn('shrink-0 border bg-card object-contain', box)} onError={() => setFailed(true)} data-testid="provider-icon" />
  );
}
