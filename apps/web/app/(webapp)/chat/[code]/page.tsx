import { Suspense } from 'react';
import { ChatEntry } from '@/components/webapp/chat-entry';

export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <Suspense>
      <ChatEntry code={code} embedded={false} />
    </Suspense>
  );
}
