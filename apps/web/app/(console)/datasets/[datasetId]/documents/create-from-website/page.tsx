import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { WebsiteCrawlView } from '@/components/datasets/website-crawl/website-crawl-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('websiteCrawl.title') };
}

export default function CreateFromWebsitePage() {
  return <WebsiteCrawlView />;
}
