'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { safeRedirect } from '@/lib/webapp/safe-redirect';
import { WebappSignInForm } from './webapp-signin-form';

/** `/webapp-signin?app_code=…&redirect_url=…`: where a private web app sends a visitor who is not signed in. */
export function WebappSignInPage() {
  const search = useSearchParams();
  const router = useRouter();
  const code = search.get('app_code') ?? '';
  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 p-4">
      <WebappSignInForm code={code} onSignedIn={() => router.replace(safeRedirect(search.get('redirect_url'), code))} />
    </main>
  );
}
