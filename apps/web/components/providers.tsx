'use client';

import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { type ConsoleRouter } from '@tessera/api';
import { SessionProvider } from 'next-auth/react';
import { type ReactNode, useState } from 'react';
import { httpStatus } from '@/lib/errors';
import { BrowserTimeZone } from '@/lib/i18n/browser-time-zone';
import { TRPCProvider } from '@/lib/trpc';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError(error) {
        // An expired or foreign session: start over at the sign-in page.
        if (httpStatus(error) === 401 && !window.location.pathname.startsWith('/signin')) {
          window.location.assign('/signin');
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => {
          const status = httpStatus(error);
          return (status === undefined || status >= 500) && count < 2;
        },
      },
    },
  });
}

/** Mounted inside the route group's NextIntlClientProvider, which carries that group's messages. */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<ConsoleRouter>({ links: [httpBatchLink({ url: '/api/trpc' })] }),
  );
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <BrowserTimeZone>{children}</BrowserTimeZone>
        </TRPCProvider>
      </QueryClientProvider>
    </SessionProvider>
  );
}
