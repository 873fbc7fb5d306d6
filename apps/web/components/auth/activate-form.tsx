'use client';

import { useTranslations, useLocale } from 'next-intl';
import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { type FormEvent, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { TextField } from '@/components/ui/text-field';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { NAME_FIELD, NEW_PASSWORD_FIELD } from './fields';
import { PASSWORD_RULE } from './password-rule';

export function ActivateForm({ email, token, workspaceId }: { email: string; token: string; workspaceId?: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const check = useQuery({
    ...trpc.activate.check.queryOptions({ token: token || '-', ...(email ? { email } : {}), ...(workspaceId ? { workspace_id: workspaceId } : {}) }),
    enabled: Boolean(token),
    retry: false,
  });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [signingIn, setSigningIn] = useState(false);

  const invitation = check.data?.is_valid ? check.data.data : null;
  const activate = useMutation(
    trpc.activate.activate.mutationOptions({
      onSuccess: async () => {
        setSigningIn(true);
        const result = await signIn('password', { email: invitation?.email ?? email, password, redirect: false });
        if (result?.ok && !result.error) window.location.assign('/apps');
        else window.location.assign('/signin');
      },
      onError: setError,
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (!PASSWORD_RULE.test(password)) {
      setError('password_rule');
      return;
    }
    activate.mutate({
      token,
      email: invitation?.email ?? email,
      workspace_id: invitation?.workspace_id ?? workspaceId ?? null,
      name: name.trim(),
      password,
      interface_language: locale,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    });
  }

  if (!token || (check.data && !check.data.is_valid) || check.error) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>{t('activate.title')}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <FormError data-testid="activate-invalid">{t('activate.invalid')}</FormError>
          <Button asChild>
            <Link href="/signin">{t('activate.goToSignIn')}</Link>
          </Button>
        </CardContent>
      </Card>
    );
  }

  if (!invitation) {
    return (
      <Card>
        <CardContent className="py-10 text-center text-sm text-muted-foreground">{t('activate.checking')}</CardContent>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle data-testid="activate-title">{t('activate.title')}</CardTitle>
        <CardDescription>{t('activate.description', { workspace: invitation.workspace_name })}</CardDescription>
      </CardHeader>
      <CardContent>
        <form className="grid gap-4" onSubmit={submit}>
          <div className="grid gap-2">
            <Label htmlFor="activate-email">{t('activate.email')}</Label>
            <Input id="activate-email" value={invitation.email} readOnly disabled />
          </div>
          <TextField
            id="activate-name"
            label={t('activate.name')}
            {...NAME_FIELD}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            id="activate-password"
            label={t('activate.password')}
            hint={t('activate.passwordHint')}
            {...NEW_PASSWORD_FIELD}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <FormError data-testid="activate-error">{error ? errorMessage(t, error) : ''}</FormError>
          <Button type="submit" data-testid="activate-submit" disabled={activate.isPending || signingIn}>
            {activate.isPending || signingIn ? t('activate.submitting') : t('activate.submit')}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
