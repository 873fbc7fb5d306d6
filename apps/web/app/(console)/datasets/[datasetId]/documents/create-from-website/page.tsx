import type { Metadata } from 'next';
import { WebsiteCrawlView } from '@/components/datasets/website-crawl/website-crawl-view';
import { getServerDictionary } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerDictionary();
  return { title: t.websiteCrawl.title };
}

export default function CreateFromWebsitePage() {
  return <WebsiteCrawlView />;
}
