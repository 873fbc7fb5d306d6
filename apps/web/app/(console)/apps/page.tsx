import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { AppsView } from '@/components/apps/apps-view';
import { filtersFromParams } from '@/components/apps/app-filters';
import { getServerCaller } from '@/lib/server-caller';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('apps.title') };
}

/** The first page of apps is read on the server, so the cards are in the first paint; a failure leaves it to the client, which shows the error and a retry. */
export default async function AppsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const filters = filtersFromParams({ get: (key) => (typeof raw[key] === 'string' ? (raw[key] as string) : null) });
  const caller = await getServerCaller();
  const data = await caller.apps
    .list({ page: 1, limit: 30, mode: filters.mode, ...(filters.name ? { name: filters.name } : {}), ...(filters.tagId ? { tag_ids: filters.tagId } : {}) })
    .catch(() => null);
  return <AppsView initial={{ filters, data }} />;
}
