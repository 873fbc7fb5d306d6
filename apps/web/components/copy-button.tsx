'use client';

import { useTranslations } from 'next-intl';
import { CheckIcon, CopyIcon } from 'lucide-react';
import { Button, type ButtonProps } from '@/components/ui/button';
import { copyText } from '@/lib/clipboard';
import { useFlash } from '@/lib/use-flash';

export function CopyButton({ value, label, ...props }: { value: string; label?: string } & Omit<ButtonProps, 'value'>) {
  const t = useTranslations();
  const [copied, flashCopied] = useFlash(2000);
  return (
    <Button
      variant="outline"
      size="sm"
      onClick={async () => {
        await copyText(value);
        flashCopied();
      }}
      {...props}
    >
      {copied ? <CheckIcon className="text-emerald-600" /> : <CopyIcon />}
      {copied ? t('common.copied') : (label ?? t('common.copy'))}
    </Button>
  );
}
