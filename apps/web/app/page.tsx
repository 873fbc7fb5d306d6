import { redirect } from 'next/navigation';
import { getCurrentAccount, isSetupFinished } from '@/lib/server-caller';

export const dynamic = 'force-dynamic';

export default async function Home() {
  if (!(await isSetupFinished())) redirect('/install');
  redirect((await getCurrentAccount()) ? '/apps' : '/signin');
}
