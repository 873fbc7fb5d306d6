import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('forgot.title') };
}

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm />;
}
