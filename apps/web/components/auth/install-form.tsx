'use client';

import { useTranslations, useLocale } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { TextField } from '@/components/ui/text-field';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { EMAIL_FIELD, NAME_FIELD, NEW_PASSWORD_FIELD } from './fields';
import { PASSWORD_RULE } from './password-rule';

export function InstallForm() {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [localError, setLocalError] = useState('');
  const setup = useMutation(
    trpc.setup.create.mutationOptions({
      onSuccess: () => router.push('/signin?setup=done'),
      onError: (error) => {
        if ((error.data as { appCode?: string } | undefined)?.appCode === 'already_setup') router.push('/signin');
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setLocalError('');
    if (!PASSWORD_RULE.test(password)) {
      setLocalError(t('errors.password_rule'));
      return;
    }
    setup.mutate({ email: email.trim(), name: name.trim(), password, language: locale });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle data-testid="install-title">{t('install.title')}</CardTitle>
        <CardDescription>{t('install.description')}</CardDescription>
      </CardHeader>
      <CardContent>
        <form className="grid gap-4" onSubmit={submit} data-testid="install-form">
          <TextField
            id="install-email"
            label={t('install.email')}
            {...EMAIL_FIELD}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            id="install-name"
            label={t('install.name')}
            {...NAME_FIELD}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            id="install-password"
            label={t('install.password')}
            hint={t('install.passwordHint')}
            {...NEW_PASSWORD_FIELD}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <FormError data-testid="install-error">{localError || (setup.error ? errorMessage(t, setup.error) : '')}</FormError>
          <Button type="submit" data-testid="install-submit" disabled={setup.isPending || setup.isSuccess}>
            {setup.isPending ? t('install.submitting') : t('install.submit')}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
