import { Suspense } from 'react';
import { WebappEntry } from '@/components/webapp/webapp-entry';

export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <Suspense>
      <WebappEntry code={code} kind="chat" />
    </Suspense>
  );
}
