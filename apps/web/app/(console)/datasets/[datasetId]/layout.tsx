import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DatasetShell } from '@/components/datasets/dataset-shell';
import { getServerCaller } from '@/lib/server-caller';

/** Loads the knowledge base on the server so its name is in the first paint; unknown or foreign ones are 404. */
export default async function DatasetLayout({ children, params }: { children: ReactNode; params: Promise<{ datasetId: string }> }) {
  const { datasetId } = await params;
  const caller = await getServerCaller();
  const dataset = await caller.datasets.get({ dataset_id: datasetId }).catch(() => null);
  if (!dataset) notFound();
  return <DatasetShell initial={dataset}>{children}</DatasetShell>;
}
