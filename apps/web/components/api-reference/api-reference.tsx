'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { useT } from '@/lib/i18n/client';
import '@scalar/api-reference-react/style.css';

// The renderer touches window at import time and ships its own bundle: load it in the browser only.
const ApiReferenceReact = dynamic(() => import('@scalar/api-reference-react').then((m) => m.ApiReferenceReact), {
  ssr: false,
  loading: () => <Loading />,
});

function Loading() {
  const t = useT();
  return <p className="p-8 text-sm text-muted-foreground">{t.common.loading}</p>;
}

export function ApiReference() {
  const t = useT();
  const configuration = useMemo(
    () => ({
      sources: [
        { title: t.apiReference.all, slug: 'all', url: '/openapi.json', default: true },
        { title: t.apiReference.console, slug: 'console', url: '/console/api/openapi.json' },
        { title: t.apiReference.service, slug: 'service', url: '/v1/openapi.json' },
        { title: t.apiReference.web, slug: 'web', url: '/api/openapi.json' },
        { title: t.apiReference.files, slug: 'files', url: '/files/openapi.json' },
        { title: t.apiReference.inner, slug: 'inner', url: '/inner/api/openapi.json' },
        { title: t.apiReference.mcp, slug: 'mcp', url: '/mcp/openapi.json' },
      ],
      // Everything stays on this server: no web fonts, telemetry, hosted proxy or assistant.
      withDefaultFonts: false,
      telemetry: false,
      showDeveloperTools: 'never' as const,
      agent: { disabled: true },
      hideDarkModeToggle: true,
      forceDarkModeState: 'light' as const,
      documentDownloadType: 'json' as const,
    }),
    [t],
  );
  return (
    // Scalar offsets its sticky sidebar by this variable; the page header is 3.5rem tall.
    <div data-testid="api-reference" style={{ ['--scalar-custom-header-height' as string]: '3.5rem' }}>
      <ApiReferenceReact configuration={configuration} />
    </div>
  );
}
