'use client';

import { useTranslations, useLocale } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { MailIcon, KeyRoundIcon } from 'lucide-react';
import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { type FormEvent, useState } from 'react';
import { FormError, Notice } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { TextField } from '@/components/ui/text-field';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { CODE_FIELD, EMAIL_FIELD } from './fields';

interface Props {
  callbackUrl: string;
  notice?: 'setup' | 'reset';
  initialError?: string;
}

function signInErrorCode(error: string | null | undefined): string | undefined {
  if (!error) return undefined;
  // next-auth reports a generic code when authorize() failed without a message.
  return error === 'CredentialsSignin' ? 'authentication_failed' : error;
}

export function SignInForm({ callbackUrl, notice, initialError }: Props) {
  const t = useTranslations();
  const [tab, setTab] = useState('password');
  const [error, setError] = useState<unknown>(signInErrorCode(initialError));

  return (
    <Card>
      <CardHeader>
        <CardTitle data-testid="signin-title">{t('signin.title')}</CardTitle>
        <CardDescription>{t('signin.description')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {notice ? (
          <Notice data-testid="signin-notice">{notice === 'setup' ? t('signin.setupDone') : t('signin.passwordReset')}</Notice>
        ) : null}
        <Tabs
          value={tab}
          onValueChange={(value) => {
            setTab(value);
            setError(undefined);
          }}
        >
          <TabsList className="w-full">
            <TabsTrigger value="password" data-testid="signin-tab-password">
              <KeyRoundIcon className="size-4" />
              {t('signin.passwordTab')}
            </TabsTrigger>
            <TabsTrigger value="email-code" data-testid="signin-tab-email-code">
              <MailIcon className="size-4" />
              {t('signin.emailCodeTab')}
            </TabsTrigger>
          </TabsList>
          <TabsContent value="password" className="pt-4">
            <PasswordForm callbackUrl={callbackUrl} onError={setError} />
          </TabsContent>
          <TabsContent value="email-code" className="pt-4">
            <EmailCodeForm callbackUrl={callbackUrl} onError={setError} />
          </TabsContent>
        </Tabs>
        <FormError data-testid="signin-error">{error ? errorMessage(t, error) : ''}</FormError>
      </CardContent>
    </Card>
  );
}

/** Signs in without next-auth's redirect, so a failure stays on the form as a translated code. */
function useSignIn(callbackUrl: string, onError: (error?: unknown) => void) {
  const [pending, setPending] = useState(false);

  async function signInWith(provider: 'password' | 'email-code', credentials: Record<string, string>) {
    onError(undefined);
    setPending(true);
    const result = await signIn(provider, { ...credentials, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    onError(signInErrorCode(result?.error) ?? 'generic');
  }

  return { pending, signInWith };
}

function PasswordForm({ callbackUrl, onError }: { callbackUrl: string; onError: (error?: unknown) => void }) {
  const t = useTranslations();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { pending, signInWith } = useSignIn(callbackUrl, onError);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await signInWith('password', { email: email.trim(), password });
  }

  return (
    <form className="grid gap-4" onSubmit={submit} data-testid="signin-password-form">
      <TextField
        id="signin-email"
        label={t('signin.email')}
        {...EMAIL_FIELD}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        id="signin-password"
        label={t('signin.password')}
        labelAside={
          <Link href="/forgot-password" className="text-xs text-primary hover:underline" data-testid="forgot-password-link">
            {t('signin.forgotPassword')}
          </Link>
        }
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" data-testid="signin-submit" disabled={pending}>
        {pending ? t('signin.submitting') : t('signin.submit')}
      </Button>
    </form>
  );
}

function EmailCodeForm({ callbackUrl, onError }: { callbackUrl: string; onError: (error?: unknown) => void }) {
  const locale = useLocale();
  const t = useTranslations();
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [token, setToken] = useState<string | null>(null);
  const { pending, signInWith } = useSignIn(callbackUrl, onError);
  const send = useMutation(
    trpc.auth.emailCodeLogin.mutationOptions({
      onSuccess: (answer) => setToken(answer.data),
      onError: (error) => onError(error),
    }),
  );

  function sendCode(event?: FormEvent) {
    event?.preventDefault();
    onError(undefined);
    send.mutate({ email: email.trim(), language: locale });
  }

  async function verify(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    await signInWith('email-code', { email: email.trim(), code: code.trim(), token });
  }

  if (!token) {
    return (
      <form className="grid gap-4" onSubmit={sendCode} data-testid="signin-code-send-form">
        <TextField
          id="code-email"
          label={t('signin.email')}
          {...EMAIL_FIELD}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Button type="submit" data-testid="code-send" disabled={send.isPending}>
          {send.isPending ? t('signin.sending') : t('signin.sendCode')}
        </Button>
        <p className="text-xs text-muted-foreground">{t('signin.noSmtpHint')}</p>
      </form>
    );
  }

  return (
    <form className="grid gap-4" onSubmit={verify} data-testid="signin-code-verify-form">
      <Notice data-testid="code-sent">{t('signin.codeSent', { email: email.trim() })}</Notice>
      <TextField
        id="code-input"
        label={t('signin.code')}
        {...CODE_FIELD}
        placeholder={t('signin.codePlaceholder')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <Button type="submit" data-testid="code-submit" disabled={pending}>
        {pending ? t('signin.submitting') : t('signin.submit')}
      </Button>
      <div className="flex justify-between text-xs">
        <button type="button" className="cursor-pointer text-primary hover:underline" onClick={() => sendCode()} disabled={send.isPending}>
          {t('signin.resend')}
        </button>
        <button
          type="button"
          className="cursor-pointer text-muted-foreground hover:underline"
          onClick={() => {
            setToken(null);
            setCode('');
            onError(undefined);
          }}
        >
          {t('signin.changeEmail')}
        </button>
      </div>
    </form>
  );
}
