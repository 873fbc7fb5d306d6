import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/signin-form';
import { getCurrentAccount, isSetupFinished } from '@/lib/server-caller';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('signin.submit') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Only same-site paths, so a crafted link cannot send people elsewhere after sign-in. */
function safeCallback(value: string | undefined): string {
  if (!value) return '/apps';
  try {
    const url = new URL(value, 'http://local');
    const path = `${url.pathname}${url.search}`;
    return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/signin') ? path : '/apps';
  } catch {
    return '/apps';
  }
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  if (!(await isSetupFinished())) redirect('/install');
  const params = await searchParams;
  const callbackUrl = safeCallback(first(params.callbackUrl));
  if (await getCurrentAccount()) redirect(callbackUrl);
  const notice = first(params.setup) === 'done' ? 'setup' : first(params.reset) === 'done' ? 'reset' : undefined;
  return <SignInForm callbackUrl={callbackUrl} notice={notice} initialError={first(params.error)} />;
}
