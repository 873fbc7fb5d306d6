import { Suspense } from 'react';
import { CompletionEntry } from '@/components/webapp/completion-entry';

export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <Suspense>
      <CompletionEntry code={code} />
    </Suspense>
  );
}
