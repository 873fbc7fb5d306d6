'use client';

import { useTranslations } from 'next-intl';
import { CopyButton } from '@/components/copy-button';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { type CodeSamples } from '@/lib/studio/code-samples';

const LANGUAGES = [
  { key: 'curl', label: 'cURL' },
  { key: 'javascript', label: 'JavaScript' },
  { key: 'python', label: 'Python' },
] as const;

export function CodeTabs({ samples }: { samples: CodeSamples }) {
  const t = useTranslations();
  return (
    <Tabs defaultValue="curl" className="grid gap-2 *:min-w-0" data-testid="code-samples">
      <TabsList aria-label={t('studio.develop.examples')} className="justify-self-start text-secondary-foreground">
        {LANGUAGES.map(({ key, label }) => (
          <TabsTrigger key={key} value={key} data-testid={`code-tab-${key}`}>
            {label}
          </TabsTrigger>
        ))}
      </TabsList>
      {LANGUAGES.map(({ key }) => (
        <TabsContent key={key} value={key} className="relative min-w-0">
          <pre className="overflow-x-auto rounded-lg bg-muted p-3 pr-12 text-xs leading-5" data-testid={`code-${key}`} tabIndex={0}>
            <code>{samples[key]}</code>
          </pre>
          <div className="absolute top-2 right-2">
            <CopyButton value={samples[key]} />
          </div>
        </TabsContent>
      ))}
    </Tabs>
  );
}
