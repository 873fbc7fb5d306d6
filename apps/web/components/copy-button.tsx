'use client';

import { CheckIcon, CopyIcon } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button, type ButtonProps } from '@/components/ui/button';
import { copyText } from '@/lib/clipboard';
import { useT } from '@/lib/i18n/client';

export function CopyButton({ value, label, ...props }: { value: string; label?: string } & Omit<ButtonProps, 'value'>) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      variant="outline"
      size="sm"
      onClick={async () => {
        await copyText(value);
        setCopied(true);
      }}
      {...props}
    >
      {copied ? <CheckIcon className="text-emerald-600" /> : <CopyIcon />}
      {copied ? t.common.copied : (label ?? t.common.copy)}
    </Button>
  );
}
