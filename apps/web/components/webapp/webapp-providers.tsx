'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { type Locale } from '@/lib/i18n/config';
import { WebApiError } from '@/lib/webapp/web-api';
import { WebappI18nProvider } from '@/lib/webapp/webapp-i18n';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A refusal (expired passport, missing conversation) will not change by asking again.
        retry: (count, error) => !(error instanceof WebApiError && error.status < 500) && count < 2,
      },
    },
  });
}

/** What the web app's pages use, and nothing of the console's (no session, no tRPC client). */
export function WebappProviders({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <WebappI18nProvider locale={locale}>{children}</WebappI18nProvider>
    </QueryClientProvider>
  );
}
