'use client';

import { useTranslations, useLocale } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { ArrowLeftIcon } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FormError, Notice } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { TextField } from '@/components/ui/text-field';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { CODE_FIELD, EMAIL_FIELD, NEW_PASSWORD_FIELD } from './fields';
import { PASSWORD_RULE } from './password-rule';

type Step = 'email' | 'code' | 'password';

export function ForgotPasswordForm() {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [step, setStep] = useState<Step>('email');
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [token, setToken] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(undefined);

  const send = useMutation(
    trpc.auth.forgotPassword.mutationOptions({
      onSuccess: (answer) => {
        setToken(answer.data);
        setStep('code');
      },
      onError: setError,
    }),
  );
  const validity = useMutation(
    trpc.auth.forgotPasswordValidity.mutationOptions({
      onSuccess: (answer) => {
        if (!answer.is_valid) {
          setError('email_code_error');
          return;
        }
        setToken(answer.token);
        setStep('password');
      },
      onError: setError,
    }),
  );
  const reset = useMutation(
    trpc.auth.forgotPasswordResets.mutationOptions({
      onSuccess: () => router.push('/signin?reset=done'),
      onError: setError,
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (step === 'email') send.mutate({ email: email.trim(), language: locale });
    else if (step === 'code') validity.mutate({ email: email.trim(), code: code.trim(), token });
    else if (!PASSWORD_RULE.test(password)) setError('password_rule');
    else if (password !== confirm) setError('password_mismatch');
    else reset.mutate({ token, new_password: password, password_confirm: confirm });
  }

  const description =
    step === 'email' ? t('forgot.emailStep') : step === 'code' ? t('forgot.codeStep', { email: email.trim() }) : t('forgot.passwordStep');

  return (
    <Card>
      <CardHeader>
        <CardTitle data-testid="forgot-title">{t('forgot.title')}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>
        <form className="grid gap-4" onSubmit={submit} data-testid={`forgot-step-${step}`}>
          {step === 'email' ? (
            <TextField
              id="forgot-email"
              label={t('forgot.email')}
              {...EMAIL_FIELD}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          ) : null}
          {step === 'code' ? (
            <>
              <Notice>{t('signin.noSmtpHint')}</Notice>
              <TextField
                id="forgot-code"
                label={t('forgot.code')}
                {...CODE_FIELD}
                placeholder={t('signin.codePlaceholder')}
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            </>
          ) : null}
          {step === 'password' ? (
            <>
              <TextField
                id="forgot-new-password"
                label={t('forgot.newPassword')}
                hint={t('install.passwordHint')}
                {...NEW_PASSWORD_FIELD}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <TextField
                id="forgot-confirm-password"
                label={t('forgot.confirmPassword')}
                {...NEW_PASSWORD_FIELD}
                value={confirm}
                onChange={(e) => setConfirm(e.target.value)}
              />
            </>
          ) : null}
          <FormError data-testid="forgot-error">{error ? errorMessage(t, error) : ''}</FormError>
          <Button type="submit" data-testid="forgot-submit" disabled={send.isPending || validity.isPending || reset.isPending}>
            {step === 'email'
              ? send.isPending
                ? t('forgot.sending')
                : t('forgot.send')
              : step === 'code'
                ? validity.isPending
                  ? t('forgot.verifying')
                  : t('forgot.verify')
                : reset.isPending
                  ? t('forgot.resetting')
                  : t('forgot.reset')}
          </Button>
          <Button variant="ghost" asChild>
            <Link href="/signin" data-testid="back-to-signin">
              <ArrowLeftIcon />
              {t('forgot.backToSignIn')}
            </Link>
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
